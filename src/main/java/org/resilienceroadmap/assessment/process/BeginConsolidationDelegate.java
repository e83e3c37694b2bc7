package org.resilienceroadmap.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.assessment.AssessmentService;
import org.springframework.stereotype.Component;

/** The chair consolidates; low scores are proposed as findings. */
@Component("beginAssessmentConsolidation")
class BeginConsolidationDelegate implements JavaDelegate {

    private final AssessmentService assessments;

    BeginConsolidationDelegate(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.beginConsolidation(AssessmentProcess.assessmentId(execution));
    }
}
