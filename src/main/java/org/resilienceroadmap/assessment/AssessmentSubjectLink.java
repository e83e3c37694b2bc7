package org.resilienceroadmap.assessment;

import java.util.Locale;
import java.util.Optional;

import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.springframework.stereotype.Component;

/** Assessment tasks show the scorecard's title and open the assessment, a score task at its Essential. */
@Component
class AssessmentSubjectLink implements TaskSubjectLink {

    private static final String SCORE_ESSENTIAL = "Task_ScoreEssential";

    private final AssessmentRepository assessments;
    private final ScorecardTemplates templates;

    AssessmentSubjectLink(AssessmentRepository assessments, ScorecardTemplates templates) {
        this.assessments = assessments;
        this.templates = templates;
    }

    @Override
    public String subjectType() {
        return AssessmentService.SUBJECT_TYPE;
    }

    @Override
    public String title(String subjectId, Locale locale) {
        Assessment a = assessments.findById(Long.valueOf(subjectId)).orElseThrow();
        return templates.get(a.getTemplateId()).title(locale.getLanguage());
    }

    /** A score task opens its Essential's tab; the chair's and the coordinator's tasks the results. */
    @Override
    public String route(TaskItem task) {
        String route = "assessments/" + task.subjectId();
        return SCORE_ESSENTIAL.equals(task.taskKey()) && task.nameArgument() instanceof Number essential
                ? route + "?essential=" + essential.intValue()
                : route;
    }

    @Override
    public Optional<String> page(String subjectId) {
        return Optional.of("assessments/" + subjectId);
    }

    @Override
    public Optional<String> resource(TaskItem task) {
        return Optional.of("/api/v1/assessments/" + task.subjectId());
    }
}
