package org.resilienceroadmap.strategy.ui;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.shared.ui.UploadTexts;
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
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("adoption-upload");
        UploadTexts.apply(upload, this);
        upload.setMaxFiles(1);
        UploadPolicy policy = adoptions.documentPolicy();
        String refused = getTranslation("strategy.adoption.documentRefused",
                policy.kindsInWords(getTranslation("words.or")), policy.maxMegabytes());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, policy.maxBytes()));
        upload.setAcceptedFileTypes(policy.acceptedFileTypes());
        upload.addFileRejectedListener(e -> Notifications.error(refused));
        Button record = new Button(getTranslation("strategy.adoption.record"), e -> {
            if (buffer.getFileName() == null || buffer.getFileName().isEmpty()) {
                Notifications.error(getTranslation("strategy.adoption.documentMissing"));
                return;
            }
            try (InputStream in = buffer.getInputStream()) {
                adoptions.record(strategyId, new AdoptionRecord(reference.getValue(), adoptedOn.getValue(),
                        body.getValue()), buffer.getFileName(), in.readAllBytes());
                Notifications.success(getTranslation("strategy.adoption.done"));
                reload.run();
            } catch (InvalidRequestException ex) {
                // The store names the kinds in English; the reader gets them in their language.
                Notifications.error("document".equals(ex.field()) ? refused : org.resilienceroadmap.shared.ui.Refusals.text(ex));
            } catch (ConflictException | ForbiddenException ex) {
                Notifications.refused(ex);
            } catch (IOException ex) {
                Notifications.error(getTranslation("strategy.adoption.documentMissing"));
            }
        });
        record.setId("record-adoption");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("strategy.adoption.help")), reference, adoptedOn, body, upload, record);
    }
}
