package org.resilienceroadmap.strategy.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.resilienceroadmap.support.FastTest;

/** The strategy's four-eyes listener with its collaborator mocked: who is checked, and a completion without an approver. */
@FastTest
class StrategyListenersFastTests {

    StrategyReviewSteps steps = mock(StrategyReviewSteps.class);
    FourEyesListener fourEyes = new FourEyesListener(steps);

    private static DelegateTask approvalTask(String event, String assignee, String decidedBy) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getEventName()).thenReturn(event);
        when(task.getAssignee()).thenReturn(assignee);
        when(task.getVariable("decidedBy")).thenReturn(decidedBy);
        when(task.getVariable("subjectId")).thenReturn("11");
        when(task.getVariable("versionNumber")).thenReturn(2);
        return task;
    }

    @Test
    void theClaimingCoordinatorIsCheckedAgainstTheVersion() {
        fourEyes.notify(approvalTask("assignment", "coordinator", null));
        verify(steps).requireIndependentApprover(11L, 2, "coordinator");
    }

    @Test
    void anUnclaimedCompletionIsCheckedAgainstWhoDecided() {
        fourEyes.notify(approvalTask("complete", null, "coordinator.two"));
        verify(steps).requireIndependentApprover(11L, 2, "coordinator.two");
    }

    @Test
    void aCompletionNamingNoApproverIsRefused() {
        assertThatThrownBy(() -> fourEyes.notify(approvalTask("complete", null, null)))
                .isInstanceOf(ForbiddenException.class);
        verify(steps, never()).requireIndependentApprover(any(), anyInt(), any());
    }

    @Test
    void theAuthorsRefusalStopsTheTask() {
        doThrow(new ForbiddenException("author")).when(steps).requireIndependentApprover(11L, 2, "member");
        assertThatThrownBy(() -> fourEyes.notify(approvalTask("complete", "member", null)))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("author");
    }
}
