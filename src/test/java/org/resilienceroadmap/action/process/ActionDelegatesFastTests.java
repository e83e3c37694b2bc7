package org.resilienceroadmap.action.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.support.FastTest;

/**
 * The action's delegates and listeners with the steps mocked: what each passes on, four-eyes at each
 * approval level, the levels read from the approval table's answer.
 */
@FastTest
class ActionDelegatesFastTests {

    ActionSteps steps = mock(ActionSteps.class);

    private static DelegateExecution execution() {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable("subjectId")).thenReturn("7");
        when(execution.getVariable("decidedBy")).thenReturn("coordinator");
        when(execution.getVariable("comment")).thenReturn("fine");
        return execution;
    }

    private static DelegateTask approvalTask(String event, String assignee, String outcome) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getVariable("subjectId")).thenReturn("7");
        when(task.getEventName()).thenReturn(event);
        when(task.getAssignee()).thenReturn(assignee);
        when(task.getVariable("outcome")).thenReturn(outcome);
        return task;
    }

    @Test
    void theApprovalIsRecordedWithWhoDecidedAndTheirComment() {
        new ApproveActionDelegate(steps).execute(execution());
        verify(steps).approve(7L, "coordinator", "fine");
    }

    @Test
    void anOverdueTaskIsEscalatedForItsAction() {
        new EscalateOverdueListener(steps).notify(approvalTask("create", null, null));
        verify(steps).escalateOverdue(7L);
    }

    @Test
    void aClaimIsCheckedAndAnApprovedCompletionRecordsTheLevelsApprover() {
        ActionFourEyesListener fourEyes = new ActionFourEyesListener(steps);
        fourEyes.notify(approvalTask("assignment", "national", null));
        verify(steps).checkMayApprove(7L, "national");
        verify(steps, never()).approvedAtLevel(any(), any());

        fourEyes.notify(approvalTask("complete", "national", "approve"));
        verify(steps).approvedAtLevel(7L, "national");
    }

    @Test
    void aRejectionRecordsNoApproverAndAnUnassignedTaskIsNotChecked() {
        ActionFourEyesListener fourEyes = new ActionFourEyesListener(steps);
        fourEyes.notify(approvalTask("complete", "national", "reject"));
        fourEyes.notify(approvalTask("assignment", null, null));
        verify(steps).checkMayApprove(7L, "national");
        verify(steps).checkMayApprove(any(), any());
        verify(steps, never()).approvedAtLevel(any(), any());
    }

    @Test
    void theProposerMayNotApprove() {
        doThrow(new ForbiddenException("proposer")).when(steps).checkMayApprove(7L, "proposer");
        assertThatThrownBy(
                        () -> new ActionFourEyesListener(steps).notify(approvalTask("complete", "proposer", "approve")))
                .isInstanceOf(ForbiddenException.class);
        verify(steps, never()).approvedAtLevel(any(), any());
    }

    @Test
    void theLevelsAreTheApprovalTablesAnswerInOrder() {
        ActionTasks tasks = new ActionTasks(steps);
        assertThat(tasks.levels("national,regional")).containsExactly("national", "regional");
        assertThat(tasks.levels("none")).isEmpty();
    }
}
