package org.resilienceroadmap.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.AssessmentSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Stage A of the roadmap called the assessment process: open its assessment with the default scorecard. */
@Component("openRoadmapAssessment")
class OpenRoadmapAssessmentDelegate implements JavaDelegate {

    private final AssessmentSteps assessments;

    OpenRoadmapAssessmentDelegate(AssessmentSteps assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long jurisdictionId = ((Number) execution.getVariable(ProcessVariables.JURISDICTION_ID)).longValue();
        Long id =
                assessments.openForRoadmap(jurisdictionId, (String) execution.getVariable(ProcessVariables.DECIDED_BY));
        execution.setVariable(ProcessVariables.SUBJECT_TYPE, AssessmentService.SUBJECT_TYPE);
        execution.setVariable(ProcessVariables.SUBJECT_ID, String.valueOf(id));
        execution.setProcessBusinessKey(String.valueOf(id));
    }
}
