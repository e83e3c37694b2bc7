package org.resilienceroadmap.action.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.ui.Notifications;

/** For the owner and the working group of an open action: report progress, or claim completion with evidence. */
class ProgressForms extends VerticalLayout {

    private final ActionProgress actions;
    private final Long actionId;
    private final Runnable reload;

    ProgressForms(ActionProgress actions, Long actionId, Runnable reload) {
        this.actions = actions;
        this.actionId = actionId;
        this.reload = reload;
        setPadding(false);
        setId("progress-forms");
        String limits = getTranslation("action.progress.evidence", actions.evidencePolicy().maxBytes() / (1024 * 1024));
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
        EvidenceUpload upload = new EvidenceUpload(actions.evidencePolicy());
        upload.setId("progress-upload");
        Button report = new Button(getTranslation("action.progress.submit"), e -> {
            try {
                if (percent.getValue() == null) {
                    throw new InvalidRequestException("percent", getTranslation("action.progress.percentMissing"));
                }
                actions.reportProgress(actionId, percent.getValue(), narrative.getValue(), upload.files());
                Notifications.success(getTranslation("action.progress.saved"));
                reload.run();
            } catch (InvalidRequestException ex) {
                HasValidation field = "percent".equals(ex.field()) ? percent
                        : "narrative".equals(ex.field()) ? narrative : null;
                if (field == null) {
                    Notifications.refused(ex);
                } else {
                    field.setErrorMessage(org.resilienceroadmap.shared.ui.Refusals.text(ex));
                    field.setInvalid(true);
                }
            } catch (ConflictException | ForbiddenException ex) {
                Notifications.refused(ex);
            }
        });
        report.setId("report-progress");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(percent, narrative, new Span(limits), upload, report);
    }

    private void claimForm(String limits) {
        TextArea narrative = narrative("claim-narrative", "action.claim.narrative");
        EvidenceUpload upload = new EvidenceUpload(actions.evidencePolicy());
        upload.setId("claim-upload");
        Button claim = new Button(getTranslation("action.claim.submit"), e -> {
            if (upload.files().isEmpty()) {
                Notifications.error(getTranslation("action.claim.evidenceMissing"));
                return;
            }
            try {
                actions.claimCompletion(actionId, narrative.getValue(), upload.files());
                Notifications.success(getTranslation("action.claim.saved"));
                reload.run();
            } catch (InvalidRequestException ex) {
                if ("narrative".equals(ex.field())) {
                    narrative.setErrorMessage(org.resilienceroadmap.shared.ui.Refusals.text(ex));
                    narrative.setInvalid(true);
                } else {
                    Notifications.refused(ex);
                }
            } catch (ConflictException | ForbiddenException ex) {
                Notifications.refused(ex);
            }
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
}
