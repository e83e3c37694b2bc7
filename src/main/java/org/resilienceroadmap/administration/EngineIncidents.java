package org.resilienceroadmap.administration;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the engine could not do, for admins: the incidents (steps whose retries ran out) with their
 * error, and a retry that hands the step back to the job executor. Nothing of the engine's own web
 * applications is needed, or exposed.
 */
@Service
public class EngineIncidents {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    EngineIncidents(
            RuntimeService runtime,
            ManagementService management,
            RepositoryService repository,
            CurrentUser currentUser,
            AuditLog audit) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The incidents, newest first. */
    @Transactional(readOnly = true)
    public Page<FailedStep> incidents(Pageable page) {
        requireAdmin();
        long total = runtime.createIncidentQuery().count();
        List<Incident> incidents = runtime.createIncidentQuery()
                .orderByIncidentTimestamp()
                .desc()
                .listPage((int) page.getOffset(), page.getPageSize());
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        return new PageImpl<>(
                incidents.stream().map(i -> failedStep(i, definitions)).toList(), page, total);
    }

    /** Steps that failed and will be tried again by themselves (not yet incidents). */
    @Transactional(readOnly = true)
    public long retrying() {
        requireAdmin();
        return management.createJobQuery().withException().withRetriesLeft().count();
    }

    /** Hands a failed step back to the job executor: it runs again at the executor's next turn. */
    @Transactional
    public void retry(String jobId) {
        requireAdmin();
        var job = management.createJobQuery().jobId(jobId).singleResult();
        if (job == null || job.getRetries() > 0) {
            throw new NotFoundException("Failed step", jobId);
        }
        management.setJobRetries(jobId, 1);
        management.setJobDuedate(jobId, new Date());
        audit.record(new AuditEntry(
                currentUser.scope().username(),
                "engine-job",
                jobId,
                "engine:retry",
                null,
                null,
                job.getExceptionMessage(),
                job.getProcessInstanceId()));
    }

    private FailedStep failedStep(Incident incident, Map<String, ProcessDefinition> definitions) {
        ProcessDefinition definition = definitions.computeIfAbsent(
                incident.getProcessDefinitionId(), id -> repository.getProcessDefinition(id));
        FlowElement step =
                repository.getBpmnModelInstance(definition.getId()).getModelElementById(incident.getActivityId());
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(incident.getProcessInstanceId())
                .singleResult();
        boolean job = "failedJob".equals(incident.getIncidentType());
        return new FailedStep(
                incident.getId(),
                job ? incident.getConfiguration() : null,
                definition.getKey(),
                definition.getName(),
                step == null || step.getName() == null ? incident.getActivityId() : step.getName(),
                instance == null ? null : instance.getBusinessKey(),
                incident.getIncidentTimestamp().toInstant(),
                incident.getIncidentMessage());
    }

    private void requireAdmin() {
        if (!currentUser.scope().isAdmin()) {
            throw new ForbiddenException(Refusal.of("refusal.admin.only"));
        }
    }
}
