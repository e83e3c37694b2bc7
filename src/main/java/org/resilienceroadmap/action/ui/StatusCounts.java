package org.resilienceroadmap.action.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.ActionStatus;

/**
 * How many actions the register's filters (all but status and overdue) find in each status, and how
 * many are overdue: "Proposed 3 · In progress 5 · Overdue 2". Statuses with none are left out.
 */
class StatusCounts extends HorizontalLayout {

    private final ActionService actions;

    StatusCounts(ActionService actions) {
        this.actions = actions;
        setId("action-counts");
        setSpacing(true);
        // On a phone the badges take a second line rather than push the page sideways.
        setWrap(true);
    }

    void update(ActionFilter filter) {
        removeAll();
        java.util.Map<ActionStatus, Long> byStatus = actions.countByStatus(ActionText.withStatus(filter, null, null));
        for (ActionStatus status : ActionStatus.values()) {
            long n = byStatus.getOrDefault(status, 0L);
            if (n > 0) {
                Span badge = ActionText.status(this, status);
                badge.setText(getTranslation("action.count", getTranslation("action.status." + status), n));
                badge.setId("count-" + status);
                add(badge);
            }
        }
        long late = actions.count(ActionText.withStatus(filter, null, Boolean.TRUE));
        if (late > 0) {
            Span badge = new Span(getTranslation("action.count", getTranslation("action.overdue"), late));
            badge.getElement().setAttribute("theme", ActionText.OVERDUE_THEME);
            badge.setId("count-overdue");
            add(badge);
        }
        if (getComponentCount() == 0) {
            add(new Span(getTranslation("action.none")));
        }
    }
}
