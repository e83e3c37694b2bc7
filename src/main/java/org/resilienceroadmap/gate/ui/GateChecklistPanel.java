package org.resilienceroadmap.gate.ui;

import org.resilienceroadmap.gate.Gate;
import org.resilienceroadmap.gate.GateChecklists;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.ui.TaskPanel;

/** The three roadmap gate tasks show the gate's checklist, with ticks, evidence and the override reason. */
@org.springframework.stereotype.Component
class GateChecklistPanel implements TaskPanel {

    private final GateChecklists checklists;
    private final CurrentUser currentUser;

    GateChecklistPanel(GateChecklists checklists, CurrentUser currentUser) {
        this.checklists = checklists;
        this.currentUser = currentUser;
    }

    @Override
    public boolean supports(TaskItem task) {
        return "roadmap".equals(task.processKey())
                && task.jurisdictionId() != null
                && Gate.ofTask(task.taskKey()).isPresent();
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task) {
        boolean coordinator = currentUser.scope().coordinates(task.jurisdictionId());
        return new ChecklistBox(
                checklists, task.jurisdictionId(), Gate.ofTask(task.taskKey()).orElseThrow(), coordinator);
    }
}
