package org.resilienceroadmap.assessment.process;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.assessment.AssessmentSteps;
import org.springframework.stereotype.Component;

/** Scoring begins with every Essential of the template. */
@Component("startAssessmentScoring")
class StartScoringDelegate implements JavaDelegate {

    private final AssessmentSteps assessments;

    StartScoringDelegate(AssessmentSteps assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var essentials = assessments.startScoring(AssessmentProcess.assessmentId(execution));
        execution.setVariable(
                AssessmentProcess.ESSENTIALS_TO_SCORE,
                essentials.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
}
