package org.resilienceroadmap.workflow.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.workflow.TaskComments;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubjects;

/** One task: what it asks, its subject, the comments so far, and the outcomes the BPMN offers. */
@Route("tasks/:taskId")
@PermitAll
class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskInbox inbox;
    private final TaskComments taskComments;
    private final TaskSubjects subjects;
    private final java.util.List<TaskPanel> panels;
    private final UserScope me;
    private TaskItem task;
    private final java.util.List<TaskFields> fields = new java.util.ArrayList<>();

    TaskView(
            TaskInbox inbox,
            TaskComments taskComments,
            TaskSubjects subjects,
            java.util.List<TaskPanel> panels,
            CurrentUser currentUser) {
        this.inbox = inbox;
        this.taskComments = taskComments;
        this.subjects = subjects;
        this.panels = panels;
        this.me = currentUser.scope();
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("taskId").orElse("");
        try {
            task = inbox.get(id);
            render();
        } catch (NotFoundException | ConflictException e) {
            removeAll();
            add(new H1(getTranslation("task.gone")), new Anchor("tasks", getTranslation("task.backToInbox")));
        }
    }

    private void render() {
        removeAll();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        add(new TaskSummary(task, subjects.describe(task, getLocale()), time, assigneeName()));
        fields.clear();
        panels.stream().filter(p -> p.supports(task)).forEach(p -> {
            var panel = p.create(task);
            if (panel instanceof TaskFields f) {
                fields.add(f);
            }
            add(panel);
        });
        add(new TaskCommentList(taskComments.comments(task), time, c -> TaskLabels.name(this, c)), actions());
    }

    /** The assignee as colleagues know them, or null for a task nobody has claimed. */
    private String assigneeName() {
        return task.assignee() == null
                ? null
                : subjects.names(java.util.List.of(task.assignee()))
                        .getOrDefault(task.assignee(), getTranslation("task.someoneElse"));
    }

    private VerticalLayout actions() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (!inbox.mayAct(task, me)) {
            box.add(new Paragraph(getTranslation("task.notYours")));
            return box;
        }
        if (task.outcomes().isEmpty()) {
            Paragraph onSubject = new Paragraph(getTranslation("task.completedOnSubject"));
            onSubject.setId("task-completed-on-subject");
            box.add(onSubject);
            return box;
        }
        TextArea comment = new TextArea(getTranslation("task.comment"));
        comment.setId("task-comment");
        comment.setWidthFull();
        comment.setMaxLength(TaskInbox.MAX_COMMENT);
        HorizontalLayout buttons = new HorizontalLayout();
        for (String outcome : task.outcomes()) {
            Button b = new Button(TaskLabels.outcome(this, outcome), e -> complete(outcome, comment));
            b.setId("outcome-" + outcome);
            b.addThemeVariants(
                    "return".equals(outcome) || "reject".equals(outcome)
                            ? ButtonVariant.LUMO_ERROR
                            : ButtonVariant.LUMO_PRIMARY);
            buttons.add(b);
        }
        if (task.assignee() == null) {
            Button claim = new Button(getTranslation("task.claim"), e -> act(() -> inbox.claim(task.id())));
            claim.setId("claim");
            buttons.add(claim);
        } else {
            Button unclaim = new Button(getTranslation("task.unclaim"), e -> act(() -> inbox.unclaim(task.id())));
            unclaim.setId("unclaim");
            unclaim.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            buttons.add(unclaim);
        }
        box.add(comment, buttons);
        return box;
    }

    private void complete(String outcome, TextArea comment) {
        if (task.needsComment(outcome) && comment.getValue().isBlank()) {
            comment.setInvalid(true);
            comment.setErrorMessage(getTranslation("task.commentRequired"));
            comment.focus();
            return;
        }
        var problem = fields.stream()
                .map(f -> f.problem(outcome))
                .flatMap(java.util.Optional::stream)
                .findFirst();
        if (problem.isPresent()) {
            Notifications.error(problem.get());
            return;
        }
        java.util.Map<String, Object> extra = new java.util.HashMap<>();
        fields.forEach(f -> extra.putAll(f.fields(outcome)));
        try {
            inbox.complete(task.id(), outcome, comment.getValue(), extra);
            Notifications.success(
                    getTranslation("task.completed", TaskLabels.name(this, task), TaskLabels.outcome(this, outcome)));
            getUI().ifPresent(ui -> ui.navigate(TaskInboxView.class));
        } catch (ConflictException e) {
            if (stillOpen()) {
                // The process refused the outcome (an imported plan with rows undecided): say why, stay here.
                Notifications.refused(e);
                return;
            }
            Notifications.error(getTranslation("task.conflict"));
            getUI().ifPresent(ui -> ui.navigate(TaskInboxView.class));
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("task.conflict"));
            getUI().ifPresent(ui -> ui.navigate(TaskInboxView.class));
        } catch (ForbiddenException | InvalidRequestException e) {
            Notifications.refused(e);
        }
    }

    /** Whether the task is still open to the caller after a refused completion, as the engine left it. */
    private boolean stillOpen() {
        try {
            TaskItem now = inbox.get(task.id());
            return inbox.mayAct(now, me);
        } catch (ConflictException | NotFoundException gone) {
            return false;
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            task = inbox.get(task.id());
            render();
        } catch (ConflictException e) {
            Notifications.error(getTranslation("task.conflict"));
        } catch (ForbiddenException | NotFoundException e) {
            Notifications.refused(e);
        }
    }

    @Override
    public String getPageTitle() {
        return task == null ? getTranslation("nav.tasks") : TaskLabels.name(this, task);
    }
}
