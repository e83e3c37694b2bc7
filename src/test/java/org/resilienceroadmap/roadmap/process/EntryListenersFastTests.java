package org.resilienceroadmap.roadmap.process;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.RoadmapEntries;
import org.resilienceroadmap.support.FastTest;

/** The roadmap entry's listeners with the entries mocked: the evidence is required, the validation sets the stage the roadmap runs from. */
@FastTest
class EntryListenersFastTests {

    RoadmapEntries entries = mock(RoadmapEntries.class);
    DelegateExecution execution = mock(DelegateExecution.class);

    private DelegateTask entryTask(String outcome, String sendBackTo) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getExecution()).thenReturn(execution);
        when(task.getVariable("jurisdictionId")).thenReturn(3L);
        when(task.getVariable("outcome")).thenReturn(outcome);
        when(task.getVariable("sendBackTo")).thenReturn(sendBackTo);
        when(task.getVariable("decidedBy")).thenReturn("coordinator");
        when(task.getVariable("comment")).thenReturn("no strategy yet");
        return task;
    }

    @Test
    void sendingForValidationRequiresTheEvidence() {
        new EntryEvidenceCheck(entries).notify(entryTask("sendEntry", null));
        verify(entries).requireEvidence(3L);
    }

    @Test
    void aSendBackRunsTheRoadmapFromTheStageTheCoordinatorNamed() {
        when(entries.decide(3L, "sendBack", "A", "coordinator", "no strategy yet"))
                .thenReturn(RoadmapStage.A);
        new EntryValidation(entries).notify(entryTask("sendBack", "A"));
        verify(execution).setVariable("entryStage", "A");
    }

    @Test
    void anAcceptedEntryRunsFromTheStageAsked() {
        when(entries.decide(3L, "acceptEntry", null, "coordinator", "no strategy yet"))
                .thenReturn(RoadmapStage.C);
        new EntryValidation(entries).notify(entryTask("acceptEntry", null));
        verify(execution).setVariable("entryStage", "C");
    }
}
