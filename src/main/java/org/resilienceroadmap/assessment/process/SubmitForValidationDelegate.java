package org.resilienceroadmap.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.assessment.AssessmentSteps;
import org.springframework.stereotype.Component;

/** The consolidated assessment goes to the coordinators; no Essentials are returned yet. */
@Component("submitAssessmentForValidation")
class SubmitForValidationDelegate implements JavaDelegate {

    private final AssessmentSteps assessments;

    SubmitForValidationDelegate(AssessmentSteps assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.submitForValidation(AssessmentProcess.assessmentId(execution));
        execution.setVariable(AssessmentProcess.RETURN_ESSENTIALS, "");
    }
}
