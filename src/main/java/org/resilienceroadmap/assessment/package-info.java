/**
 * Know Better: scorecard self-assessments on the Ten Essentials. Scorecard templates as data
 * ({@code src/main/resources/scorecards/*.json}, one file per template, plus templates an admin
 * loads); {@code processes/assessment.bpmn} runs each assessment: the chair assigns its Essentials,
 * the working group scores (answers with evidence files, or a workbook), the chair consolidates the
 * findings, a coordinator validates or returns Essentials with a note each. Answers aggregate into
 * scores per Essential and overall. The scoring page and the assessment's task panels.
 * <p>
 * Public API: {@link org.resilienceroadmap.assessment.AssessmentService} (open, assign, answer,
 * participants), {@link org.resilienceroadmap.assessment.AssessmentReads} (what people read; the
 * validated findings a strategy answers), {@link org.resilienceroadmap.assessment.AssessmentEvidence},
 * {@link org.resilienceroadmap.assessment.AssessmentFindings} (consolidation),
 * {@link org.resilienceroadmap.assessment.AssessmentSteps} (process steps),
 * {@link org.resilienceroadmap.assessment.AssessmentFigures} (counts for donor indicators).
 * <p>
 * Depends on {@code shared}, {@code directory}, {@code security}, {@code workflow}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"directory", "security", "shared", "workflow", "workflow :: ui"})
package org.resilienceroadmap.assessment;
