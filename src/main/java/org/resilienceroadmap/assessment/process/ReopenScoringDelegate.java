package org.resilienceroadmap.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.assessment.AssessmentSteps;
import org.springframework.stereotype.Component;

/** A coordinator returned named Essentials: they, and only they, are scored again. */
@Component("reopenAssessmentScoring")
class ReopenScoringDelegate implements JavaDelegate {

    private final AssessmentSteps assessments;

    ReopenScoringDelegate(AssessmentSteps assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String returned = String.valueOf(execution.getVariable(AssessmentProcess.RETURN_ESSENTIALS));
        execution.setVariable(
                AssessmentProcess.ESSENTIALS_TO_SCORE,
                assessments.reopenScoring(
                        AssessmentProcess.assessmentId(execution),
                        returned,
                        execution.getVariable(AssessmentProcess.RETURN_NOTES)));
    }
}
