package org.resilienceroadmap.roadmap.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.EntryDetail;
import org.resilienceroadmap.roadmap.RoadmapEntries;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.resilienceroadmap.shared.ui.CappedUpload;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.shared.ui.SignedInName;

/**
 * The chair's task "Attach the evidence of the entry stage": what is attached so far and the form that
 * attaches (or replaces) it; the task's own button then sends it for validation.
 */
class EntryEvidenceForm extends VerticalLayout {

    private final RoadmapEntries entries;
    private final SignedInName names;
    private final Long jurisdictionId;

    EntryEvidenceForm(RoadmapEntries entries, SignedInName names, Long jurisdictionId) {
        this.entries = entries;
        this.names = names;
        this.jurisdictionId = jurisdictionId;
        setPadding(false);
        setId("entry-evidence");
        entries.of(jurisdictionId).ifPresent(this::render);
    }

    private void render(EntryDetail entry) {
        removeAll();
        add(new EntrySummary(entry, names));
        boolean strategy = entry.requestedStage() == RoadmapStage.C;
        UploadPolicy policy = entries.documentPolicy();
        String kinds = policy.kindsInWords(getTranslation("words.or"));
        add(new Paragraph(getTranslation("entry.uploadHint." + (strategy ? "C" : "B"), kinds, policy.maxMegabytes())));
        LocalDate today = LocalDate.now(Days.ZONE);
        DatePicker adoptedOn = new DatePicker(getTranslation("entry.adoptedOn"), entry.strategyAdoptedOn());
        adoptedOn.setMax(today);
        adoptedOn.setId("entry-adopted-on");
        TextField body = new TextField(
                getTranslation("entry.adoptingBody"), entry.adoptingBody() == null ? "" : entry.adoptingBody(), "");
        body.setMaxLength(300);
        body.setWidthFull();
        body.setId("entry-adopting-body");
        String refused = getTranslation("entry.uploadHint." + (strategy ? "C" : "B"), kinds, policy.maxMegabytes());
        CappedUpload upload =
                CappedUpload.holding(policy.maxBytes(), 1).accepting(policy).refusedAs(refused);
        upload.setId("entry-upload");
        FormErrors errors = new FormErrors().notice("document", refused);
        Button attach = new Button(getTranslation("entry.attach"), e -> {
            var file = upload.file();
            if (file.isEmpty()) {
                Notifications.error(getTranslation("refusal.entry.document"));
                return;
            }
            errors.attempt(() -> {
                EntryDetail saved = entries.attach(
                        jurisdictionId,
                        file.get().fileName(),
                        file.get().content(),
                        adoptedOn.getValue(),
                        body.getValue());
                Notifications.success(getTranslation("entry.attached"));
                render(saved);
            });
        });
        attach.setId("entry-attach");
        if (strategy) {
            add(adoptedOn, body);
        }
        add(upload, attach);
    }
}
