package org.resilienceroadmap.assessment.ui;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import org.resilienceroadmap.assessment.AssessmentEvidence;
import org.resilienceroadmap.assessment.EvidenceFile;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.CappedUpload;
import org.resilienceroadmap.shared.ui.Notifications;

/**
 * The evidence files behind one answer: each with its size and who added it, to download; the
 * working group adds files while scoring is open, and who added a file (or the chair) removes it.
 */
class EvidenceList extends Div {

    private static final int MAX_FILES_AT_ONCE = 5;

    private final AssessmentEvidence assessments;
    private final Long assessmentId;
    private final String code;
    private final UnorderedList list = new UnorderedList();
    private final Span empty = new Span();

    /** {@code files} are the question's files as the page read them with all others; later changes are read again. */
    EvidenceList(
            AssessmentEvidence assessments, Long assessmentId, String code, List<EvidenceFile> files, boolean mayAdd) {
        this.assessments = assessments;
        this.assessmentId = assessmentId;
        this.code = code;
        addClassName("evidence-files");
        setId("evidence-files-" + code);
        Span label = new Span(getTranslation("assessment.files"));
        label.addClassName("evidence-files-label");
        empty.setText(getTranslation("assessment.files.none"));
        empty.addClassName("evidence-files-empty");
        list.addClassName("evidence-files-list");
        add(label, empty, list);
        if (mayAdd) {
            add(upload());
        }
        show(files);
    }

    private Upload upload() {
        var policy = assessments.evidencePolicy();
        // The callback runs with the UI locked, so the list can be redrawn at once.
        CappedUpload upload = new CappedUpload(policy.maxBytes(), file -> added(file.fileName(), file.content()))
                .clearingEachFile()
                .accepting(policy);
        upload.setId("evidence-upload-" + code);
        upload.setMaxFiles(MAX_FILES_AT_ONCE);
        return upload;
    }

    /** Stores a file the reader uploaded, or says in words why not. */
    void added(String fileName, byte[] content) {
        try {
            assessments.addEvidence(assessmentId, code, fileName, content);
            Notifications.success(getTranslation("assessment.files.added", fileName));
        } catch (InvalidRequestException e) {
            Notifications.error(getTranslation(
                    "assessment.files.refused",
                    fileName,
                    assessments.evidencePolicy().maxBytes() / (1024 * 1024)));
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            Notifications.error(getTranslation("assessment.files.closed"));
        }
        refresh();
    }

    private void refresh() {
        show(assessments.evidence(assessmentId, code));
    }

    private void show(List<EvidenceFile> files) {
        list.removeAll();
        empty.setVisible(files.isEmpty());
        files.forEach(f -> list.add(row(f)));
    }

    private ListItem row(EvidenceFile f) {
        Anchor name = new Anchor("api/v1/assessments/" + assessmentId + "/evidence/" + f.fileId(), f.name());
        name.getElement().setAttribute("download", true);
        name.setId("evidence-file-" + f.fileId());
        var zone = ZoneId.systemDefault();
        String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .format(f.addedAt().atZone(zone));
        Span facts = new Span(getTranslation("assessment.files.facts", size(f.size()), f.addedByName(), when));
        facts.addClassName("evidence-file-facts");
        ListItem item = new ListItem(name, new Span(" · "), facts);
        if (assessments.mayRemoveEvidence(assessmentId, f)) {
            Button remove = new Button(getTranslation("assessment.files.remove"), e -> confirmRemove(f));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setId("evidence-remove-" + f.fileId());
            remove.getElement().setAttribute("aria-label", getTranslation("assessment.files.removeNamed", f.name()));
            item.add(new Span(" "), remove);
        }
        return item;
    }

    private void confirmRemove(EvidenceFile f) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("assessment.files.removeTitle"),
                getTranslation("assessment.files.removeText", f.name()),
                getTranslation("assessment.files.remove"),
                e -> remove(f));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("assessment.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("evidence-confirm");
        dialog.open();
    }

    private void remove(EvidenceFile f) {
        try {
            assessments.removeEvidence(assessmentId, f.fileId());
            Notifications.success(getTranslation("assessment.files.removed", f.name()));
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            Notifications.error(getTranslation("assessment.files.closed"));
        }
        refresh();
    }

    /** A size as people read it: bytes, kilobytes or megabytes with one decimal, in the reader's number format. */
    private String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return getTranslation(
                    org.resilienceroadmap.shared.i18n.Plurals.key("assessment.files.bytes", bytes, getLocale()), bytes);
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("assessment.files.kilobytes", number.format(bytes / 1024.0));
        }
        return getTranslation("assessment.files.megabytes", number.format(bytes / (1024.0 * 1024.0)));
    }

    int fileCount() {
        return list.getChildren().toList().size();
    }
}
