package org.resilienceroadmap.action.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionOptions;
import org.resilienceroadmap.action.ApprovalRoute;

/**
 * The way an accepted action goes to approval, in words: who accepted it for the working group, the
 * rule of the approval table that decided (with its table version), and each coordinator level in
 * order with who approved there so far; a link to the table itself.
 */
class ApprovalRouteFacts extends Div {

    /** The page that shows the approval table in force. */
    static final String TABLE_PAGE = "approval-table";

    ApprovalRouteFacts(Action a, ActionOptions options) {
        setId("action-route");
        addClassName("action-facts");
        ApprovalRoute route = a.getRoute();
        List<String> levels = route.levelList();
        List<String> approvers = a.getApprovedBy();
        List<String> people = new ArrayList<>(approvers);
        if (a.getAcceptedBy() != null) {
            people.add(a.getAcceptedBy());
        }
        Map<String, String> names = options.names(people);
        add(new H3(getTranslation("action.route.title")));
        if (a.getAcceptedBy() != null) {
            fact("accepted-by", "action.route.acceptedBy", names.getOrDefault(a.getAcceptedBy(), a.getAcceptedBy()));
        }
        if (route.rule() != null) {
            fact(
                    "rule",
                    "action.route.table",
                    getTranslation(
                            "action.route.rule",
                            route.rule(),
                            route.tableVersion(),
                            route.ruleText() == null ? "" : route.ruleText()));
        }
        if (levels.isEmpty()) {
            fact("levels", "action.route.levels", getTranslation("action.route.noLevels"));
        }
        for (int i = 0; i < levels.size(); i++) {
            String level = level(levels.get(i));
            String by = i < approvers.size() ? names.getOrDefault(approvers.get(i), approvers.get(i)) : null;
            String text = by != null
                    ? getTranslation("action.route.approvedAt", level, by)
                    : getTranslation("action.route.waitingAt", level);
            fact("level-" + levels.get(i), i == 0 ? "action.route.levels" : null, text);
        }
        if (route.tellsDonor()) {
            fact("donor", "action.route.donor", getTranslation("action.route.tellsDonor"));
        }
        Anchor table = new Anchor(TABLE_PAGE, getTranslation("action.route.seeTable"));
        table.setId("route-table-link");
        add(new Div(table));
    }

    private String level(String code) {
        return ApprovalRoute.NATIONAL.equals(code) || ApprovalRoute.REGIONAL.equals(code)
                ? getTranslation("action.route.level." + code)
                : code;
    }

    private void fact(String id, String labelKey, String value) {
        add(FactRow.of(labelKey == null ? "" : getTranslation(labelKey), "route-" + id, value));
    }
}
