package org.resilienceroadmap.action.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.support.FastTest;
import org.resilienceroadmap.support.InMemoryEngine;
import org.resilienceroadmap.support.ModelBeans;

/**
 * processes/action-plan-review.bpmn on the in-memory engine: the chairs and the named reviewers get the
 * review; it completes only when its listener lets it (every row decided), then each row is sent on.
 */
@FastTest
@Deployment(resources = "processes/action-plan-review.bpmn")
class ActionPlanReviewModelTests {

    @RegisterExtension
    static ProcessEngineExtension extension = InMemoryEngine.extension();

    ProcessEngine engine;
    TaskListener decisionsComplete;
    JavaDelegate startDecided;

    @BeforeEach
    void beans() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ModelBeans.candidateGroups();
        PlanReviewTasks tasks = mock(PlanReviewTasks.class);
        when(tasks.reviewers("4")).thenReturn(List.of("member.one", "member.two"));
        ModelBeans.register("actionPlanTasks", tasks);
        decisionsComplete = ModelBeans.taskListener("planDecisionsComplete");
        startDecided = ModelBeans.delegate("startReviewedActions");
    }

    @AfterEach
    void reset() {
        ModelBeans.reset();
    }

    private ProcessInstance imported() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        ActionProcess.PLAN_REVIEW_KEY, "4", Map.of("subjectId", "4", "jurisdictionId", 3L));
    }

    @Test
    void theReviewedPlanSendsEachRowOn() throws Exception {
        ProcessInstance review = imported();
        assertThat(review).isWaitingAt(ActionProcess.TASK_REVIEW_PLAN);
        assertThat(task(review))
                .hasCandidateGroup("group-chairsOf")
                .hasCandidateUser("member.one")
                .hasCandidateUser("member.two");

        complete(task(review));
        verify(decisionsComplete).notify(any());
        verify(startDecided).execute(any());
        assertThat(review).isEnded().hasPassed("EndEvent_PlanReviewed");
    }

    @Test
    void aReviewWithUndecidedRowsDoesNotComplete() throws Exception {
        ProcessInstance review = imported();
        doThrow(new ConflictException("rows undecided")).when(decisionsComplete).notify(any());

        assertThatThrownBy(() -> complete(task(review))).hasRootCauseInstanceOf(ConflictException.class);
        verify(startDecided, never()).execute(any());
        assertThat(review).isWaitingAt(ActionProcess.TASK_REVIEW_PLAN);
    }
}
