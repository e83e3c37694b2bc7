package org.resilienceroadmap.action.ui;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.ui.TaskPanel;

/**
 * Stage C's work and gate show the plan's implementation status: the jurisdiction's action figures
 * (approved, on track, overdue, completed) and its actions by status.
 */
@org.springframework.stereotype.Component
class StageImplementationPanel implements TaskPanel {

    private static final Set<String> TASKS = Set.of("Task_StageCWork", "Task_StageCGate");

    private final ActionService actions;

    StageImplementationPanel(ActionService actions) {
        this.actions = actions;
    }

    @Override
    public boolean supports(TaskItem task) {
        return "roadmap".equals(task.processKey()) && TASKS.contains(task.taskKey()) && task.jurisdictionId() != null;
    }

    @Override
    public Component create(TaskItem task) {
        StatusCounts counts = new StatusCounts(actions);
        counts.update(new ActionFilter(task.jurisdictionId(), null, null, null, null, null, null, null));
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("implementation-status");
        box.add(
                new H3(box.getTranslation("action.implementationStatus")),
                new StageFigures(actions, task.jurisdictionId()),
                counts,
                new Anchor("actions?jurisdiction=" + task.jurisdictionId(), box.getTranslation("nav.actions")));
        return box;
    }
}
