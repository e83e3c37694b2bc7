package org.resilienceroadmap.assessment.ui;

import com.vaadin.flow.component.Component;
import org.resilienceroadmap.assessment.AssessmentFindings;
import org.resilienceroadmap.assessment.Finding;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

/** What the findings' buttons do while consolidating: save, dismiss and merge, each confirmed in a notice, then the page is shown again. */
final class FindingChanges implements FindingsPanel.Actions {

    private final Component page;
    private final AssessmentFindings assessments;
    private final Long assessmentId;
    private final Runnable reload;

    FindingChanges(Component page, AssessmentFindings assessments, Long assessmentId, Runnable reload) {
        this.page = page;
        this.assessments = assessments;
        this.assessmentId = assessmentId;
        this.reload = reload;
    }

    @Override
    public void save(FindingEditor.Edit edit) {
        // A refused finding stays in its editor, as typed.
        if (new FormErrors().attempt(() -> {
            assessments.saveFinding(
                    assessmentId, edit.findingId(), edit.essential(), edit.gap(), edit.recommendation());
            Notifications.success(page.getTranslation("assessment.findingSaved"));
        })) {
            reload.run();
        }
    }

    @Override
    public void dismiss(Finding finding) {
        change(() -> assessments.dismissFinding(assessmentId, finding.getId()), "assessment.findingDismissed");
    }

    @Override
    public void merge(Finding kept, Finding merged) {
        change(
                () -> assessments.mergeFindings(assessmentId, kept.getId(), merged.getId()),
                "assessment.findingsMerged");
    }

    private void change(Runnable change, String done) {
        new FormErrors().attempt(() -> {
            change.run();
            Notifications.success(page.getTranslation(done));
        });
        reload.run();
    }
}
