package org.resilienceroadmap.roadmap.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.resilienceroadmap.roadmap.RoadmapEntries;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The chair cannot send an entry at B or C for validation before its evidence is attached. */
@Component("entryEvidenceCheck")
class EntryEvidenceCheck implements TaskListener {

    private final RoadmapEntries entries;

    EntryEvidenceCheck(RoadmapEntries entries) {
        this.entries = entries;
    }

    @Override
    public void notify(DelegateTask task) {
        entries.requireEvidence(((Number) task.getVariable(ProcessVariables.JURISDICTION_ID)).longValue());
    }
}
