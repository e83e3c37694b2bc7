package org.resilienceroadmap.action.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.action.Evidence;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.resilienceroadmap.shared.ui.CappedUpload;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

/** For the owner and the working group of an open action: report progress, or claim completion with evidence. */
class ProgressForms extends VerticalLayout {

    private static final int MAX_EVIDENCE_FILES = 5;

    private final ActionProgress actions;
    private final Long actionId;
    private final Runnable reload;

    ProgressForms(ActionProgress actions, Long actionId, Runnable reload) {
        this.actions = actions;
        this.actionId = actionId;
        this.reload = reload;
        setPadding(false);
        setId("progress-forms");
        String limits = getTranslation(
                "action.progress.evidence", actions.evidencePolicy().maxBytes() / (1024 * 1024));
        add(new H3(getTranslation("action.progress.report")));
        reportForm(limits);
        add(new H3(getTranslation("action.claim.title")));
        claimForm(limits);
    }

    private void reportForm(String limits) {
        IntegerField percent = new IntegerField(getTranslation("action.progress.percent"));
        percent.setId("progress-percent");
        percent.setMin(0);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        TextArea narrative = narrative("progress-narrative", "action.progress.narrative");
        CappedUpload upload = evidenceUpload("progress-upload");
        FormErrors errors = new FormErrors().field("percent", percent).field("narrative", narrative);
        Button report = new Button(
                getTranslation("action.progress.submit"),
                e -> errors.attempt(() -> {
                    if (percent.getValue() == null) {
                        throw new InvalidRequestException("percent", getTranslation("action.progress.percentMissing"));
                    }
                    actions.reportProgress(actionId, percent.getValue(), narrative.getValue(), evidence(upload));
                    Notifications.success(getTranslation("action.progress.saved"));
                    reload.run();
                }));
        report.setId("report-progress");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(percent, narrative, new Span(limits), upload, report);
    }

    private void claimForm(String limits) {
        TextArea narrative = narrative("claim-narrative", "action.claim.narrative");
        CappedUpload upload = evidenceUpload("claim-upload");
        Button claim = new Button(getTranslation("action.claim.submit"), e -> {
            if (upload.files().isEmpty()) {
                Notifications.error(getTranslation("action.claim.evidenceMissing"));
                return;
            }
            new FormErrors().field("narrative", narrative).attempt(() -> {
                actions.claimCompletion(actionId, narrative.getValue(), evidence(upload));
                Notifications.success(getTranslation("action.claim.saved"));
                reload.run();
            });
        });
        claim.setId("claim-completion");
        claim.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        add(narrative, new Span(limits), upload, claim);
    }

    private TextArea narrative(String id, String labelKey) {
        TextArea text = new TextArea(getTranslation(labelKey));
        text.setId(id);
        text.setMaxLength(4000);
        text.setWidthFull();
        return text;
    }

    /** Evidence held in memory until the form is sent; the file store checks size and type again (type by content too). */
    private CappedUpload evidenceUpload(String id) {
        UploadPolicy policy = actions.evidencePolicy();
        CappedUpload upload =
                CappedUpload.holding(policy.maxBytes(), MAX_EVIDENCE_FILES).accepting(policy);
        upload.setId(id);
        return upload;
    }

    private static List<Evidence> evidence(CappedUpload upload) {
        return upload.files().stream()
                .map(f -> new Evidence(f.fileName(), f.content()))
                .toList();
    }
}
