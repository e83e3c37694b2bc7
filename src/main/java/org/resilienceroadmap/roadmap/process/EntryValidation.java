package org.resilienceroadmap.roadmap.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.RoadmapEntries;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Records the coordinator's validation of an entry and sets {@code entryStage} to the stage the
 * roadmap runs from, which the gateway after the task routes on.
 */
@Component("entryValidation")
class EntryValidation implements TaskListener {

    private final RoadmapEntries entries;

    EntryValidation(RoadmapEntries entries) {
        this.entries = entries;
    }

    @Override
    public void notify(DelegateTask task) {
        Long jurisdictionId = ((Number) task.getVariable(ProcessVariables.JURISDICTION_ID)).longValue();
        RoadmapStage stage = entries.decide(
                jurisdictionId,
                (String) task.getVariable(ProcessVariables.OUTCOME),
                (String) task.getVariable(RoadmapProcess.SEND_BACK_TO),
                (String) task.getVariable(ProcessVariables.DECIDED_BY),
                (String) task.getVariable(ProcessVariables.COMMENT));
        task.getExecution().setVariable(RoadmapProcess.ENTRY_STAGE, stage.name());
    }
}
