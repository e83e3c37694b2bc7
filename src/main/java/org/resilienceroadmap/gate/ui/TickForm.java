package org.resilienceroadmap.gate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.gate.Evidence;
import org.resilienceroadmap.gate.Gate;
import org.resilienceroadmap.gate.GateChecklists;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.resilienceroadmap.shared.ui.CappedUpload;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

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
        UploadPolicy policy = checklists.evidencePolicy();
        String refused = getTranslation(
                "gate.tick.documentRefused", policy.kindsInWords(getTranslation("words.or")), policy.maxMegabytes());
        CappedUpload upload =
                CappedUpload.holding(policy.maxBytes(), 1).accepting(policy).refusedAs(refused);
        upload.setId("gate-tick-upload");
        FormErrors errors = new FormErrors().notice("document", refused);
        Button save = new Button(
                getTranslation("gate.tick.save"),
                e -> errors.attempt(() -> {
                    var file = upload.file();
                    checklists.tick(
                            jurisdictionId,
                            gate,
                            itemCode,
                            new Evidence(note.getValue(), link.getValue()),
                            file.map(CappedUpload.Received::fileName).orElse(null),
                            file.map(CappedUpload.Received::content).orElse(null));
                    Notifications.success(getTranslation("gate.tick.done"));
                    reload.run();
                }));
        save.setId("gate-tick-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(new com.vaadin.flow.component.html.Paragraph(getTranslation("gate.tick.help")), note, link, upload, save);
    }
}
