package org.resilienceroadmap.publication.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resilienceroadmap.support.FastTest;
import org.resilienceroadmap.support.InMemoryEngine;
import org.resilienceroadmap.support.ModelBeans;

/**
 * Every path of processes/city-publication.bpmn on the in-memory engine, its delegates mocked: approved and
 * published, declined, withdrawn while proposed, withdrawn once published.
 */
@FastTest
@Deployment(resources = "processes/city-publication.bpmn")
class CityPublicationModelTests {

    @RegisterExtension
    static ProcessEngineExtension extension = InMemoryEngine.extension();

    ProcessEngine engine;
    JavaDelegate publish;
    JavaDelegate decline;
    JavaDelegate withdraw;

    @BeforeEach
    void beans() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ModelBeans.candidateGroups();
        publish = ModelBeans.delegate("publishCityPage");
        decline = ModelBeans.delegate("declineCityPage");
        withdraw = ModelBeans.delegate("withdrawCityPage");
    }

    @AfterEach
    void reset() {
        ModelBeans.reset();
    }

    private ProcessInstance propose() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        CityPublicationProcess.KEY, "5", Map.of("subjectId", "5", "jurisdictionId", 3L));
    }

    private void withdrawMessage() {
        engine.getRuntimeService()
                .createMessageCorrelation(CityPublicationProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey("5")
                .setVariable("decidedBy", "chair")
                .correlate();
    }

    @Test
    void approvedThePageIsPublishedUntilWithdrawn() throws Exception {
        ProcessInstance page = propose();
        assertThat(page).isWaitingAt(CityPublicationProcess.TASK_APPROVE);
        assertThat(task(page)).hasCandidateGroup("group-coordinatorsOf");

        complete(task(page), withVariables("outcome", "approve"));
        verify(publish).execute(any());
        assertThat(page).isWaitingAt(CityPublicationProcess.WAIT_PUBLISHED);

        withdrawMessage();
        verify(withdraw).execute(any());
        assertThat(page).isEnded().hasPassed(CityPublicationProcess.END_WITHDRAWN);
        verify(decline, never()).execute(any());
    }

    @Test
    void declinedThePageIsNeverPublished() throws Exception {
        ProcessInstance page = propose();
        complete(task(page), withVariables("outcome", "decline", "comment", "Scores not final"));
        verify(decline).execute(any());
        assertThat(page).isEnded().hasPassed(CityPublicationProcess.END_DECLINED);
        verify(publish, never()).execute(any());
        verify(withdraw, never()).execute(any());
    }

    @Test
    void withdrawnWhileProposedTheApprovalEnds() throws Exception {
        ProcessInstance page = propose();
        withdrawMessage();
        verify(withdraw).execute(any());
        assertThat(page).isEnded().hasPassed(CityPublicationProcess.END_WITHDRAWN);
        verify(publish, never()).execute(any());
        org.assertj.core.api.Assertions.assertThat(
                        engine.getTaskService().createTaskQuery().count())
                .isZero();
    }
}
