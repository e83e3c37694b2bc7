package org.resilienceroadmap.workflow.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.resilienceroadmap.workflow.BulkDecisions;
import org.resilienceroadmap.workflow.BulkResult;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubject;

/**
 * What the inbox does with the tasks picked: claim them, or give them all one decision with one
 * comment — the decisions the picked tasks have in common. Each task is then decided on its own
 * ({@link BulkDecisions}); the inbox lists the answers.
 */
class BulkBar extends VerticalLayout {

    private final BulkDecisions decisions;
    private final Supplier<List<TaskSubject>> picked;
    private final Consumer<BulkReport.Done> after;
    private final Span count = new Span();
    private final Button claim = new Button();
    private final TextArea comment = new TextArea();
    private final FlexLayout outcomes = new FlexLayout();
    private final FlexLayout decide = new FlexLayout();

    BulkBar(
            BulkDecisions decisions,
            Supplier<List<TaskSubject>> picked,
            Runnable selectAll,
            Runnable clear,
            Consumer<BulkReport.Done> after) {
        this.decisions = decisions;
        this.picked = picked;
        this.after = after;
        setId("bulk-bar");
        setPadding(false);
        setSpacing(false);
        count.setId("bulk-count");
        Button all = new Button(getTranslation("task.bulk.selectAll"), e -> selectAll.run());
        all.setId("bulk-select-all");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button none = new Button(getTranslation("task.bulk.clear"), e -> clear.run());
        none.setId("bulk-clear");
        none.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        claim.setText(getTranslation("task.bulk.claim"));
        claim.setId("bulk-claim");
        claim.addClickListener(e -> claim());
        FlexLayout choose = row(count, all, none, claim);
        comment.setId("bulk-comment");
        comment.setLabel(getTranslation("task.bulk.comment"));
        comment.setMaxLength(TaskInbox.MAX_COMMENT);
        comment.setWidthFull();
        outcomes.getStyle().set("gap", "var(--lumo-space-s)");
        outcomes.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        decide.add(comment, outcomes);
        decide.setFlexDirection(FlexLayout.FlexDirection.COLUMN);
        decide.setWidthFull();
        add(choose, decide);
        update();
    }

    private static FlexLayout row(com.vaadin.flow.component.Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        return row;
    }

    /** The picked tasks changed: their number, and the decisions they all offer. */
    void update() {
        List<TaskSubject> tasks = picked.get();
        count.setText(getTranslation("task.bulk.selected", tasks.size()));
        claim.setEnabled(tasks.stream().anyMatch(s -> s.task().assignee() == null));
        outcomes.removeAll();
        List<String> common = common(tasks);
        for (String outcome : common) {
            Button b = new Button(
                    getTranslation("task.bulk.decide", TaskLabels.outcome(this, outcome), tasks.size()),
                    e -> decide(outcome));
            b.setId("bulk-outcome-" + outcome);
            b.addThemeVariants(
                    "return".equals(outcome) || "reject".equals(outcome)
                            ? ButtonVariant.LUMO_ERROR
                            : ButtonVariant.LUMO_PRIMARY);
            outcomes.add(b);
        }
        if (!tasks.isEmpty() && common.isEmpty()) {
            Span nothing = new Span(getTranslation("task.bulk.noCommonOutcome"));
            nothing.setId("bulk-no-common-outcome");
            outcomes.add(nothing);
        }
        decide.setVisible(!tasks.isEmpty());
    }

    /** The outcomes every picked task offers, in the order the first one lists them. */
    private static List<String> common(List<TaskSubject> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        List<String> common = new ArrayList<>(tasks.get(0).task().outcomes());
        tasks.forEach(s -> common.retainAll(s.task().outcomes()));
        return common;
    }

    private void claim() {
        List<TaskSubject> tasks = picked.get();
        List<BulkResult> results =
                decisions.claim(tasks.stream().map(s -> s.task().id()).toList());
        after.accept(new BulkReport.Done(getTranslation("task.claim"), tasks, results));
    }

    private void decide(String outcome) {
        List<TaskSubject> tasks = picked.get();
        boolean needsComment = tasks.stream().map(TaskSubject::task).anyMatch((TaskItem t) -> t.needsComment(outcome));
        if (needsComment && comment.getValue().isBlank()) {
            comment.setInvalid(true);
            comment.setErrorMessage(getTranslation("task.commentRequired"));
            comment.focus();
            return;
        }
        comment.setInvalid(false);
        List<BulkResult> results =
                decisions.complete(tasks.stream().map(s -> s.task().id()).toList(), outcome, comment.getValue());
        comment.clear();
        after.accept(new BulkReport.Done(TaskLabels.outcome(this, outcome), tasks, results));
    }
}
