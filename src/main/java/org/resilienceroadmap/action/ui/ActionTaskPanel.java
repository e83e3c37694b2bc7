package org.resilienceroadmap.action.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.action.ActionDetail;
import org.resilienceroadmap.action.ActionOptions;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.ui.TaskPanel;

/**
 * Every task of an action's process shows the action's summary (title, owner, due date, status, last
 * progress) and what its decision needs: the working group's review all the facts of the proposal; its
 * revision the way to the action's page; approval the facts and the route the approval table decided;
 * the overdue decision and verification the milestones and the progress reports with their evidence;
 * the overdue decision also asks for the new due date its "extend" outcome needs.
 */
@org.springframework.stereotype.Component
class ActionTaskPanel implements TaskPanel {

    private final ActionService actions;
    private final ActionOptions options;
    private final ProgrammeDirectory programmes;
    private final JurisdictionDirectory jurisdictions;
    private final Clock clock;

    ActionTaskPanel(
            ActionService actions,
            ActionOptions options,
            ProgrammeDirectory programmes,
            JurisdictionDirectory jurisdictions,
            Clock clock) {
        this.actions = actions;
        this.options = options;
        this.programmes = programmes;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    @Override
    public boolean supports(TaskItem task) {
        return ActionProcess.KEY.equals(task.processKey());
    }

    @Override
    public Component create(TaskItem task) {
        ActionDetail detail = actions.detail(Long.valueOf(task.subjectId()));
        LocalDate today = LocalDate.now(clock);
        String owner = options.names(java.util.List.of(detail.action().getOwner()))
                .get(detail.action().getOwner());
        ActionTaskContext box = new ActionTaskContext();
        box.add(new ActionSummary(detail, today, owner));
        switch (task.taskKey()) {
            case ActionProcess.TASK_REVIEW -> box.add(new ActionFacts(detail, options, programmes, jurisdictions));
            case ActionProcess.TASK_REVISE -> box.add(revise(detail, box));
            case ActionProcess.TASK_APPROVE -> {
                box.add(new ActionFacts(detail, options, programmes, jurisdictions));
                if (detail.action().getRoute() != null) {
                    box.add(new ApprovalRouteFacts(detail.action(), options));
                }
            }
            case ActionProcess.TASK_HANDLE_OVERDUE, ActionProcess.TASK_VERIFY ->
                box.add(
                        new H3(box.getTranslation("action.milestones")),
                        new MilestonesPanel(actions, detail, false, today, () -> {}),
                        new H3(box.getTranslation("action.progress.history")),
                        new ProgressHistory(detail));
            default -> {}
        }
        if (ActionProcess.TASK_HANDLE_OVERDUE.equals(task.taskKey())) {
            box.askNewDueDate(detail.action().getDueDate(), today);
        }
        return box;
    }

    /**
     * The working group's comment of a plan's row (a single review's comment is the task's, among the
     * comments the task page lists) and the way to the action's page, where it is edited.
     */
    private static Component revise(ActionDetail detail, ActionTaskContext box) {
        VerticalLayout revise = new VerticalLayout();
        revise.setPadding(false);
        revise.setId("action-revise");
        String comment = detail.action().getPlanComment();
        if (comment != null) {
            Paragraph said = new Paragraph(box.getTranslation("action.revise.planComment", comment));
            said.setId("revise-plan-comment");
            revise.add(said);
        }
        Anchor edit = new Anchor("actions/" + detail.action().getId(), box.getTranslation("action.revise.edit"));
        edit.setId("revise-edit");
        revise.add(edit);
        return revise;
    }
}
