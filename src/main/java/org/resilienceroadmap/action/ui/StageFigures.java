package org.resilienceroadmap.action.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.ActionStatus;

/**
 * What a stage gate decides on, in four figures of the jurisdiction's approved plan: approved (ever,
 * not cancelled), on track (under way and not past due), overdue (under way and past due) and
 * completed; on track + overdue + completed = approved. A proposal not yet approved is none of them.
 */
class StageFigures extends Div {

    StageFigures(ActionService actions, Long jurisdictionId) {
        setId("stage-figures");
        addClassName("stage-figures");
        ActionFilter all = new ActionFilter(jurisdictionId, null, null, null, null, null, null, null);
        long underWay =
                count(actions, all, ActionStatus.APPROVED, null) + count(actions, all, ActionStatus.IN_PROGRESS, null);
        long late =
                count(actions, all, ActionStatus.APPROVED, true) + count(actions, all, ActionStatus.IN_PROGRESS, true);
        long completed =
                count(actions, all, ActionStatus.COMPLETED, null) + count(actions, all, ActionStatus.VERIFIED, null);
        figure("approved", underWay + completed);
        figure("onTrack", underWay - late);
        figure("overdue", late);
        figure("completed", completed);
    }

    private static long count(ActionService actions, ActionFilter all, ActionStatus status, Boolean overdue) {
        return actions.count(ActionText.withStatus(all, status, overdue));
    }

    private void figure(String name, long value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("stage-figure-value");
        number.setId("figure-" + name);
        Span label = new Span(getTranslation("action.figure." + name));
        label.addClassName("stage-figure-label");
        Div box = new Div(number, label);
        box.addClassName("stage-figure");
        add(box);
    }
}
