package org.resilienceroadmap.strategy.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.Submission;

/** The chair freezes the saved draft as the next version and picks its reviewers and due date. */
class SubmitDialog extends Dialog {

    SubmitDialog(StrategyService strategies, Strategy strategy, Runnable reload) {
        setHeaderTitle(getTranslation("strategy.submit.title", strategy.getVersionCount() + 1));
        setId("submit-dialog");
        MultiSelectComboBox<String> reviewers = new MultiSelectComboBox<>(getTranslation("strategy.submit.reviewers"));
        reviewers.setItems(strategies.possibleReviewers(strategy.getId()));
        reviewers.setId("submit-reviewers");
        reviewers.setWidthFull();
        DatePicker due = new DatePicker(getTranslation("strategy.submit.due"), LocalDate.now().plusDays(14));
        due.setMin(LocalDate.now().plusDays(1));
        due.setId("submit-due");
        add(new Paragraph(getTranslation("strategy.submit.text")), reviewers, due);
        Button confirm = new Button(getTranslation("strategy.submit"), e -> {
            if (reviewers.isEmpty() || due.isEmpty()) {
                reviewers.setInvalid(reviewers.isEmpty());
                due.setInvalid(due.isEmpty());
                return;
            }
            try {
                var version = strategies.submit(strategy.getId(), new Submission(
                        reviewers.getValue().stream().sorted().toList(),
                        due.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), strategy.getVersion()));
                Notifications.success(getTranslation("strategy.submitted", version.getNumber()));
                close();
                reload.run();
            } catch (ConflictException | ForbiddenException | InvalidRequestException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        confirm.setId("submit-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("strategy.cancel"), e -> close()), confirm);
    }
}
