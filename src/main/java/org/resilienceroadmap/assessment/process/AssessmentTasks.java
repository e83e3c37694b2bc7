package org.resilienceroadmap.assessment.process;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.resilienceroadmap.assessment.AssessmentSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Expressions of assessment.bpmn: the scoring round's Essentials and who scores each (public: the engine calls it by reflection). */
@Component("assessmentTasks")
public class AssessmentTasks {

    private final AssessmentSteps assessments;

    AssessmentTasks(AssessmentSteps assessments) {
        this.assessments = assessments;
    }

    public List<Integer> essentials(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Integer::valueOf)
                .toList();
    }

    public String scorerOf(String assessmentId, Object essential) {
        return assessments.scorerOf(Long.valueOf(assessmentId), ((Number) essential).intValue());
    }

    /**
     * Whether the roadmap's call started this assessment: it passes no subject, the chair's opening does. A
     * method rather than {@code ${subjectId == null}} because JUEL throws on a variable that was never set.
     */
    public boolean startedByRoadmap(VariableScope execution) {
        return execution.getVariable(ProcessVariables.SUBJECT_ID) == null;
    }
}
