package org.resilienceroadmap.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;

/** A one-step process whose step cannot run (its delegate class does not exist): an incident on demand. */
final class IncidentProbe {

    static final String KEY = "incident-probe";
    static final String STEP = "Probe a broken step";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final String deployment;
    final String instance;

    IncidentProbe(RepositoryService repository, RuntimeService runtime, ManagementService management) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        deployment = repository
                .createDeployment()
                .addModelInstance(
                        KEY + ".bpmn",
                        Bpmn.createExecutableProcess(KEY)
                                .name("Incident probe")
                                .startEvent()
                                .serviceTask("Task_Probe")
                                .name(STEP)
                                .camundaAsyncBefore()
                                .camundaClass("org.nowhere.MissingDelegate")
                                .endEvent()
                                .done())
                .deploy()
                .getId();
        instance = runtime.startProcessInstanceByKey(KEY, "probe-" + System.nanoTime())
                .getId();
    }

    /** Runs the step until its retries run out. */
    Job failUntilIncident() {
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();
        management.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> management.executeJob(job.getId())).isNotNull();
        assertThat(incidents()).isOne();
        return job;
    }

    long incidents() {
        return runtime.createIncidentQuery().processInstanceId(instance).count();
    }

    void remove() {
        repository.deleteDeployment(deployment, true);
    }
}
