package org.resilienceroadmap.roadmap.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Moves the jurisdiction into the stage named by the task's {@code stage} input. */
@Component("enterRoadmapStage")
class EnterRoadmapStageDelegate implements JavaDelegate {

    private final RoadmapService roadmap;

    EnterRoadmapStageDelegate(RoadmapService roadmap) {
        this.roadmap = roadmap;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long jurisdictionId = ((Number) execution.getVariable(ProcessVariables.JURISDICTION_ID)).longValue();
        RoadmapStage stage = RoadmapStage.valueOf((String) execution.getVariableLocal(RoadmapProcess.STAGE));
        Object on = execution.getVariable(RoadmapProcess.STAGE_ENTERED_ON);
        roadmap.enterStage(
                jurisdictionId,
                stage,
                (String) execution.getVariable(ProcessVariables.DECIDED_BY),
                on == null ? null : LocalDate.parse(on.toString()));
        // Used once: the next stage is entered when its own gate passes.
        execution.removeVariable(RoadmapProcess.STAGE_ENTERED_ON);
    }
}
