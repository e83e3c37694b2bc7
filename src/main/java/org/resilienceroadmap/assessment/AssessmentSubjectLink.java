package org.resilienceroadmap.assessment;

import java.util.Locale;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.springframework.stereotype.Component;

/** Assessment tasks show the template and the jurisdiction, and open the assessment. */
@Component
class AssessmentSubjectLink implements TaskSubjectLink {

    private final AssessmentRepository assessments;
    private final ScorecardTemplates templates;
    private final JurisdictionDirectory jurisdictions;

    AssessmentSubjectLink(AssessmentRepository assessments, ScorecardTemplates templates,
            JurisdictionDirectory jurisdictions) {
        this.assessments = assessments;
        this.templates = templates;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String subjectType() {
        return AssessmentService.SUBJECT_TYPE;
    }

    @Override
    public String title(String subjectId, Locale locale) {
        Assessment a = assessments.findById(Long.valueOf(subjectId)).orElseThrow();
        return templates.get(a.getTemplateId()).title(locale.getLanguage()) + " · "
                + jurisdictions.get(a.getJurisdictionId()).getDisplayName();
    }

    @Override
    public String route(String subjectId) {
        return "assessments/" + subjectId;
    }
}
