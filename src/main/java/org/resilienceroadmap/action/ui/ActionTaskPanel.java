package org.resilienceroadmap.action.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.ui.TaskPanel;

/** Every task of an action's process shows the action's summary: title, owner, due date, status, last progress. */
@org.springframework.stereotype.Component
class ActionTaskPanel implements TaskPanel {

    private final ActionService actions;
    private final Clock clock;

    ActionTaskPanel(ActionService actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public boolean supports(TaskItem task) {
        return ActionProcess.KEY.equals(task.processKey());
    }

    @Override
    public Component create(TaskItem task) {
        return new ActionSummary(actions.detail(Long.valueOf(task.subjectId())), LocalDate.now(clock));
    }
}
