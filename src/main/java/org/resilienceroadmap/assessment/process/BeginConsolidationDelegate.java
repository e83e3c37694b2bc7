package org.resilienceroadmap.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.assessment.AssessmentSteps;
import org.springframework.stereotype.Component;

/** The chair consolidates; low scores are proposed as findings. */
@Component("beginAssessmentConsolidation")
class BeginConsolidationDelegate implements JavaDelegate {

    private final AssessmentSteps assessments;

    BeginConsolidationDelegate(AssessmentSteps assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.beginConsolidation(AssessmentProcess.assessmentId(execution));
    }
}
