package org.resilienceroadmap.gate.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import org.resilienceroadmap.gate.Evidence;
import org.resilienceroadmap.gate.Gate;
import org.resilienceroadmap.gate.GateChecklists;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.shared.ui.Refusals;
import org.resilienceroadmap.shared.ui.UploadTexts;

/** Ticks a manual item: a note, a link and/or a document as evidence. */
class TickForm extends VerticalLayout {

    TickForm(GateChecklists checklists, Long jurisdictionId, Gate gate, String itemCode, Runnable reload) {
        setPadding(false);
        setId("gate-tick-form");
        TextArea note = new TextArea(getTranslation("gate.tick.note"));
        note.setId("gate-tick-note");
        note.setWidthFull();
        note.setMaxLength(2000);
        TextField link = new TextField(getTranslation("gate.tick.link"));
        link.setId("gate-tick-link");
        link.setWidthFull();
        link.setMaxLength(1000);
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("gate-tick-upload");
        UploadTexts.apply(upload, this);
        upload.setMaxFiles(1);
        UploadPolicy policy = checklists.evidencePolicy();
        String refused = getTranslation("gate.tick.documentRefused", policy.kindsInWords(getTranslation("words.or")),
                policy.maxMegabytes());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, policy.maxBytes()));
        upload.setAcceptedFileTypes(policy.acceptedFileTypes());
        upload.addFileRejectedListener(e -> Notifications.error(refused));
        Button save = new Button(getTranslation("gate.tick.save"), e -> {
            String name = buffer.getFileName();
            try (InputStream in = buffer.getInputStream()) {
                byte[] content = name == null || name.isEmpty() ? null : in.readAllBytes();
                checklists.tick(jurisdictionId, gate, itemCode, new Evidence(note.getValue(), link.getValue()), name,
                        content);
                Notifications.success(getTranslation("gate.tick.done"));
                reload.run();
            } catch (InvalidRequestException ex) {
                Notifications.error("document".equals(ex.field()) ? refused : Refusals.text(ex));
            } catch (ConflictException | ForbiddenException | NotFoundException ex) {
                Notifications.refused(ex);
            } catch (IOException ex) {
                Notifications.error(refused);
            }
        });
        save.setId("gate-tick-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(new com.vaadin.flow.component.html.Paragraph(getTranslation("gate.tick.help")), note, link, upload, save);
    }
}
