package org.resilienceroadmap.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.assessment.AssessmentSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The coordinator's validation freezes the assessment. */
@Component("markAssessmentValidated")
class MarkValidatedDelegate implements JavaDelegate {

    private final AssessmentSteps assessments;

    MarkValidatedDelegate(AssessmentSteps assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.markValidated(
                AssessmentProcess.assessmentId(execution), (String) execution.getVariable(ProcessVariables.DECIDED_BY));
    }
}
