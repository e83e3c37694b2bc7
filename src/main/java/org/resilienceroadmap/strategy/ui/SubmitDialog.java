package org.resilienceroadmap.strategy.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.Submission;
import org.resilienceroadmap.strategy.SubmissionChoices;
import org.resilienceroadmap.strategy.SubmissionChoices.Reviewer;

/**
 * The chair freezes the saved draft as the next version and picks its reviewers — the working group by
 * name, without the chair, the last round's picked again — and the day their reviews are due. What is
 * missing is said in words before anything is sent.
 */
class SubmitDialog extends Dialog {

    private final SubmissionChoices choices;
    private final MultiSelectComboBox<Reviewer> reviewers;
    private final DatePicker due;
    private final Div missing = new Div();

    SubmitDialog(StrategyService strategies, Strategy strategy, Runnable reload) {
        choices = strategies.submissionChoices(strategy.getId());
        setHeaderTitle(getTranslation("strategy.submit.title", strategy.getVersionCount() + 1));
        setId("submit-dialog");
        setWidth("40em");
        setMaxWidth("100%");
        reviewers = new MultiSelectComboBox<>(getTranslation("strategy.submit.reviewers"));
        reviewers.setItems(choices.reviewers());
        reviewers.setItemLabelGenerator(Reviewer::name);
        reviewers.setValue(choices.lastRound());
        reviewers.setHelperText(
                choices.lastRound().isEmpty()
                        ? getTranslation("strategy.submit.reviewersHelp")
                        : getTranslation("strategy.submit.lastRound", strategy.getVersionCount()));
        reviewers.setId("submit-reviewers");
        reviewers.setWidthFull();
        due = new DatePicker(getTranslation("strategy.submit.due"), choices.suggestedDue());
        due.setMin(choices.earliestDue());
        due.setMax(choices.latestDue());
        due.setHelperText(getTranslation("strategy.submit.dueHelp"));
        due.setId("submit-due");
        missing.setId("submit-missing");
        missing.getStyle().set("color", "var(--lumo-error-text-color)");
        // Once said, what is missing follows the fields: it goes as soon as it is there.
        reviewers.addValueChangeListener(e -> recheck());
        due.addValueChangeListener(e -> recheck());
        add(new Paragraph(getTranslation("strategy.submit.text")));
        if (choices.reviewers().isEmpty()) {
            add(new Paragraph(getTranslation("strategy.submit.nobody")));
        }
        if (strategy.getContent() == null || strategy.getContent().isBlank()) {
            add(warning("strategy.submit.noText"));
        }
        if (strategy.getObjectives().isEmpty()) {
            add(warning("strategy.submit.noObjectives"));
        }
        add(reviewers, due, missing);
        Button confirm = new Button(getTranslation("strategy.submit"), e -> {
            if (!showMissing()) {
                return;
            }
            new FormErrors().attempt(() -> {
                var version = strategies.submit(
                        strategy.getId(),
                        new Submission(
                                reviewers.getValue().stream()
                                        .map(Reviewer::username)
                                        .sorted()
                                        .toList(),
                                Days.endOf(due.getValue()),
                                strategy.getVersion()));
                Notifications.success(getTranslation("strategy.submitted", version.getNumber()));
                close();
                reload.run();
            });
        });
        confirm.setId("submit-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("strategy.cancel"), e -> close()), confirm);
    }

    private Paragraph warning(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("task-meta");
        return p;
    }

    private void recheck() {
        if (missing.getChildren().findAny().isPresent()) {
            showMissing();
        }
    }

    /** Says in words what is missing, on the fields and together above the buttons; true when nothing is. */
    private boolean showMissing() {
        List<String> problems = new ArrayList<>();
        reviewers.setInvalid(reviewers.isEmpty());
        if (reviewers.isEmpty()) {
            reviewers.setErrorMessage(getTranslation("strategy.submit.missing.reviewers"));
            problems.add(reviewers.getErrorMessage());
        }
        boolean dueMissing = due.isEmpty();
        boolean dueOutside = !dueMissing
                && (due.getValue().isBefore(choices.earliestDue())
                        || due.getValue().isAfter(choices.latestDue()));
        due.setInvalid(dueMissing || dueOutside);
        if (dueMissing) {
            due.setErrorMessage(getTranslation("strategy.submit.missing.due"));
            problems.add(due.getErrorMessage());
        } else if (dueOutside) {
            due.setErrorMessage(getTranslation(
                    "strategy.submit.missing.dueRange",
                    Days.format(getLocale(), choices.earliestDue()),
                    Days.format(getLocale(), choices.latestDue())));
            problems.add(due.getErrorMessage());
        }
        missing.removeAll();
        problems.forEach(p -> missing.add(new Div(new Span(p))));
        return problems.isEmpty();
    }
}
