package org.resilienceroadmap.action;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.resilienceroadmap.shared.CommaSeparated;

/**
 * What the approval table ({@code processes/action-approval.dmn}) decided for an action when its
 * working group accepted it: the coordinator levels that approve after the working group, in order
 * ({@code national}, {@code regional}; none when the chair's acceptance suffices), whether the
 * programme's donor is told, and which rule of which table version decided. Kept on the action, so a
 * later version of the table leaves it as it was.
 */
@Embeddable
public record ApprovalRoute(
        @Column(name = "route_levels") String levels,
        @Column(name = "route_tell_donor") Boolean tellDonor,
        @Column(name = "route_rule") Integer rule,
        @Column(name = "route_rule_text") String ruleText,
        @Column(name = "route_table_version") Integer tableVersion) {

    public static final String NATIONAL = "national";
    public static final String REGIONAL = "regional";
    public static final String NONE = "none";

    /** The approving levels in order; empty when the chair's acceptance suffices. */
    public List<String> levelList() {
        return levels == null || levels.isBlank() || NONE.equals(levels.strip())
                ? List.of()
                : CommaSeparated.strings(levels);
    }

    public boolean tellsDonor() {
        return Boolean.TRUE.equals(tellDonor);
    }
}
