package org.resilienceroadmap.action.ui;

import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionDetail;
import org.resilienceroadmap.action.ProgressReport;

/** An action in a few lines, linking to its page: title and status, owner, due date, percent done, the last report. */
class ActionSummary extends Div {

    ActionSummary(ActionDetail detail, LocalDate today, String ownerName) {
        Action a = detail.action();
        setId("action-summary");
        addClassName("action-summary");
        Anchor title = new Anchor("actions/" + a.getId(), a.getTitle());
        title.setId("action-summary-title");
        add(new Div(title, new Span(" "), ActionText.status(this, a.getStatus())));
        Div facts = new Div(new Span(getTranslation(
                "action.task.summary", ownerName, ActionText.date(getLocale(), a.getDueDate()), a.getPercentDone())));
        Span late = ActionText.overdue(this, a, today);
        if (late != null) {
            facts.add(new Span(" "), late);
        }
        add(facts);
        ProgressReport last = detail.reports().isEmpty()
                ? null
                : detail.reports().get(detail.reports().size() - 1);
        Div progress = new Div(new Span(
                last == null
                        ? getTranslation("action.progress.none")
                        : getTranslation(
                                "action.task.lastProgress",
                                last.getPercent(),
                                ActionText.date(
                                        getLocale(),
                                        last.getReportedAt()
                                                .atZone(ZoneId.systemDefault())
                                                .toLocalDate()),
                                last.getNarrative())));
        progress.setId("action-summary-progress");
        add(progress);
    }
}
