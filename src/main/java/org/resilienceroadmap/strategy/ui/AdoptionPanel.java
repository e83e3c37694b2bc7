package org.resilienceroadmap.strategy.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.resilienceroadmap.shared.ui.CappedUpload;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.strategy.AdoptionRecord;
import org.resilienceroadmap.strategy.StrategyAdoptions;

/** The recorded adoption with its document, or, for the chair of an approved strategy, the form that records it. */
class AdoptionPanel extends VerticalLayout {

    AdoptionPanel(StrategyAdoptions adoptions, Long strategyId, boolean mayRecord, LocalDate today, Runnable reload) {
        setPadding(false);
        setId("adoption");
        var recorded = adoptions.of(strategyId);
        if (recorded.isPresent()) {
            add(new AdoptionRecordView(recorded.get()));
            return;
        }
        if (!mayRecord) {
            add(new Paragraph(getTranslation("strategy.adoption.notYet")));
            return;
        }
        TextField reference = new TextField(getTranslation("strategy.adoption.reference"));
        reference.setId("adoption-reference");
        reference.setMaxLength(200);
        // Today as the service reckons it (UTC), so the default is never refused as a day in the future.
        DatePicker adoptedOn = new DatePicker(getTranslation("strategy.adoption.date"), today);
        adoptedOn.setMax(today);
        adoptedOn.setId("adoption-date");
        TextField body = new TextField(getTranslation("strategy.adoption.body"));
        body.setId("adoption-body");
        body.setWidth("28em");
        UploadPolicy policy = adoptions.documentPolicy();
        String refused = getTranslation(
                "strategy.adoption.documentRefused",
                policy.kindsInWords(getTranslation("words.or")),
                policy.maxMegabytes());
        CappedUpload upload =
                CappedUpload.holding(policy.maxBytes(), 1).accepting(policy).refusedAs(refused);
        upload.setId("adoption-upload");
        // The store names the kinds in English; the reader gets them in their language.
        FormErrors errors = new FormErrors().notice("document", refused);
        Button record = new Button(getTranslation("strategy.adoption.record"), e -> {
            var file = upload.file();
            if (file.isEmpty()) {
                Notifications.error(getTranslation("strategy.adoption.documentMissing"));
                return;
            }
            errors.attempt(() -> {
                adoptions.record(
                        strategyId,
                        new AdoptionRecord(reference.getValue(), adoptedOn.getValue(), body.getValue()),
                        file.get().fileName(),
                        file.get().content());
                Notifications.success(getTranslation("strategy.adoption.done"));
                reload.run();
            });
        });
        record.setId("record-adoption");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("strategy.adoption.help")), reference, adoptedOn, body, upload, record);
    }
}
