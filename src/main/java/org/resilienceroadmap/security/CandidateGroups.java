package org.resilienceroadmap.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.Membership;
import org.springframework.stereotype.Component;

/**
 * The one place that names the engine's candidate groups. BPMN refers to this bean as
 * {@code candidateGroups}, e.g. {@code ${candidateGroups.chairsOf(jurisdictionId)}}.
 * A coordinator task names the coordinators of the jurisdiction and of every ancestor, so a
 * country's coordinator is a candidate for its cities' gates without listing every city.
 */
@Component("candidateGroups")
public class CandidateGroups {

    public static final String ADMIN = "admin";

    private final JurisdictionDirectory jurisdictions;
    private final org.resilienceroadmap.directory.ProgrammeDirectory programmes;
    private final org.resilienceroadmap.directory.PeopleDirectory people;

    CandidateGroups(
            JurisdictionDirectory jurisdictions,
            org.resilienceroadmap.directory.ProgrammeDirectory programmes,
            org.resilienceroadmap.directory.PeopleDirectory people) {
        this.jurisdictions = jurisdictions;
        this.programmes = programmes;
        this.people = people;
    }

    public String chairsOf(Long jurisdictionId) {
        return "chair:" + jurisdictions.codeOf(jurisdictionId);
    }

    public String membersOf(Long jurisdictionId) {
        String code = jurisdictions.codeOf(jurisdictionId);
        return "member:" + code + ",chair:" + code;
    }

    public String coordinatorsOf(Long jurisdictionId) {
        return String.join(
                ",",
                jurisdictions.ancestryCodes(jurisdictionId).stream()
                        .map(code -> "coordinator:" + code)
                        .sorted()
                        .toList());
    }

    /**
     * The coordinators of one approval level of an action (action-approval.dmn): {@code national} —
     * of the jurisdiction and its ancestors up to its country; {@code regional} — of the regions above
     * it. A level nobody holds falls to the other (a country without a coordinator of its own in the
     * application is approved by the region), so that no approval waits for nobody.
     */
    public String coordinatorsAtLevel(Long jurisdictionId, String level) {
        List<Long> nationalIds = new java.util.ArrayList<>();
        List<Long> regionalIds = new java.util.ArrayList<>();
        for (Long id : jurisdictions.ancestryIds(jurisdictionId)) {
            boolean region =
                    jurisdictions.get(id).getLevel() == org.resilienceroadmap.directory.JurisdictionLevel.REGION;
            (region ? regionalIds : nationalIds).add(id);
        }
        List<Long> chosen = "regional".equals(level) ? regionalIds : nationalIds;
        List<Long> other = "regional".equals(level) ? nationalIds : regionalIds;
        if (people.usernames(chosen, java.util.Set.of(org.resilienceroadmap.directory.Role.COORDINATOR))
                        .isEmpty()
                && !other.isEmpty()) {
            chosen = other;
        }
        return String.join(
                ",",
                chosen.stream()
                        .map(id -> "coordinator:" + jurisdictions.codeOf(id))
                        .sorted()
                        .toList());
    }

    /** The administrators (who designate MCR2030 Resilience Hubs, for instance). */
    public String admins() {
        return ADMIN;
    }

    /** The donors of a programme (donor memberships are per programme, not per jurisdiction). */
    public String donorsOf(Long programmeId) {
        return "donor:" + programmeId;
    }

    /** The coordinators of every jurisdiction a programme covers and of their ancestors, each once. */
    public String coordinatorsOfProgramme(Long programmeId) {
        return String.join(
                ",",
                programmes.get(programmeId).getJurisdictionIds().stream()
                        .flatMap(id -> List.of(coordinatorsOf(id).split(",")).stream())
                        .filter(g -> !g.isEmpty())
                        .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    /** The groups a person belongs to, one per membership. */
    Set<String> groupsOf(List<Membership> memberships) {
        Set<String> groups = new TreeSet<>();
        for (Membership m : memberships) {
            switch (m.getRole()) {
                case ADMIN -> groups.add(ADMIN);
                case DONOR -> groups.add("donor:" + m.getProgrammeId());
                default -> groups.add(m.getRole().name().toLowerCase() + ":" + code(m.getJurisdictionId()));
            }
        }
        return groups;
    }

    private String code(Long jurisdictionId) {
        return jurisdictions.codeOf(jurisdictionId);
    }
}
