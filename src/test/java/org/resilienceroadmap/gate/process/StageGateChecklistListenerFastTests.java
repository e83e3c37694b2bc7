package org.resilienceroadmap.gate.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.gate.Gate;
import org.resilienceroadmap.gate.GateApproval;
import org.resilienceroadmap.support.FastTest;

/**
 * The stage gate's checklist listener with the approval mocked: an approval is checked for its gate with
 * the override reason, which is removed from the process every time; a return is not checked.
 */
@FastTest
class StageGateChecklistListenerFastTests {

    GateApproval approval = mock(GateApproval.class);
    StageGateChecklistListener listener = new StageGateChecklistListener(approval);
    DelegateExecution execution = mock(DelegateExecution.class);

    private DelegateTask gateTask(String key, String outcome, String reason) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getTaskDefinitionKey()).thenReturn(key);
        when(task.getExecution()).thenReturn(execution);
        when(task.getAssignee()).thenReturn("coordinator");
        when(task.getVariable("outcome")).thenReturn(outcome);
        when(task.getVariable("overrideReason")).thenReturn(reason);
        when(task.getVariable("jurisdictionId")).thenReturn(3);
        return task;
    }

    @Test
    void anApprovalIsCheckedForItsGateWithTheReasonAndTheReasonIsUsedOnce() {
        listener.notify(gateTask("Task_StageBGate", "approve", "Council minutes follow"));
        verify(approval).requireClosable(3L, Gate.B_C, "coordinator", "Council minutes follow");
        verify(execution).removeVariable("overrideReason");
    }

    @Test
    void aReturnIsNotCheckedButTheReasonStillGoes() {
        listener.notify(gateTask("Task_StageAGate", "return", "stale"));
        verify(approval, never()).requireClosable(any(), any(), any(), any());
        verify(execution).removeVariable("overrideReason");
    }

    @Test
    void aTaskThatIsNoGateIsAnError() {
        assertThatThrownBy(() -> listener.notify(gateTask("Task_Other", "approve", null)))
                .isInstanceOf(IllegalStateException.class);
    }
}
