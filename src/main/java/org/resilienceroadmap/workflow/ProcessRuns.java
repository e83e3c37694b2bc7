package org.resilienceroadmap.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one door from the features to the process engine: start a run, find and complete its open
 * tasks, send it a message, read its variables, and read the engine's clock. Features speak of
 * process keys, business keys and subject variables; only this class knows they are Camunda queries,
 * so moving to another engine means rewriting it (and the delegates under each feature's
 * {@code process} package), not every service.
 */
@Component
public class ProcessRuns {

    private final RuntimeService runtime;
    private final TaskService tasks;

    ProcessRuns(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts the newest version of the process; returns the id of the new run. */
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, variables)
                .getId();
    }

    /** Whether a run of the process for this business key exists (active or suspended). */
    public boolean isRunning(String processKey, String businessKey) {
        return runtime.createProcessInstanceQuery()
                        .processDefinitionKey(processKey)
                        .processInstanceBusinessKey(businessKey)
                        .count()
                > 0;
    }

    /** The ids of the runs of the process whose variable {@code name} equals {@code value} (active or suspended). */
    public List<String> runsWith(String processKey, String name, Object value) {
        return ids(runsQuery(processKey, name, value));
    }

    /** As {@link #runsWith}, but only runs that are not suspended. */
    public List<String> activeRunsWith(String processKey, String name, Object value) {
        return ids(runsQuery(processKey, name, value).active());
    }

    private org.camunda.bpm.engine.runtime.ProcessInstanceQuery runsQuery(
            String processKey, String name, Object value) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .variableValueEquals(name, value);
    }

    private static List<String> ids(org.camunda.bpm.engine.runtime.ProcessInstanceQuery query) {
        return query.list().stream().map(ProcessInstance::getId).toList();
    }

    /** The open tasks {@code taskKey} of the process's runs for this business key. */
    public List<OpenTask> openTasks(String processKey, String businessKey, String taskKey) {
        return tasks
                .createTaskQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .list()
                .stream()
                .map(ProcessRuns::open)
                .toList();
    }

    /** The open task {@code taskKey} of one run, if it waits there. */
    public Optional<OpenTask> openTask(String processInstanceId, String taskKey) {
        return Optional.ofNullable(tasks.createTaskQuery()
                        .processInstanceId(processInstanceId)
                        .taskDefinitionKey(taskKey)
                        .singleResult())
                .map(ProcessRuns::open);
    }

    /**
     * The open task {@code taskKey} of the one run of the process whose variable {@code name} equals
     * {@code value}; more than one such task is an error of the engine's, as it was before.
     */
    public Optional<OpenTask> openTaskWith(String processKey, String taskKey, String name, Object value) {
        return Optional.ofNullable(tasks.createTaskQuery()
                        .processDefinitionKey(processKey)
                        .taskDefinitionKey(taskKey)
                        .processVariableValueEquals(name, value)
                        .singleResult())
                .map(ProcessRuns::open);
    }

    /** How many open tasks {@code taskKey} of runs whose variable {@code name} equals {@code value} were created before {@code before}. */
    public long openTasksCreatedBefore(String processKey, String taskKey, String name, Object value, Instant before) {
        return tasks.createTaskQuery()
                .processDefinitionKey(processKey)
                .taskDefinitionKey(taskKey)
                .processVariableValueEquals(name, value)
                .taskCreatedBefore(Date.from(before))
                .count();
    }

    public void complete(String taskId) {
        tasks.complete(taskId);
    }

    public void complete(String taskId, Map<String, Object> variables) {
        tasks.complete(taskId, variables);
    }

    /** Delivers the message to the one run for this business key that waits for it; the engine refuses when none or many do. */
    public void correlate(String message, String businessKey, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(businessKey)
                .setVariables(variables)
                .correlate();
    }

    /** Delivers the message to every run whose variable {@code name} equals {@code value} and waits for it; none is fine. */
    public void correlateAll(String message, String name, Object value) {
        runtime.createMessageCorrelation(message)
                .processInstanceVariableEquals(name, value)
                .correlateAllWithResult();
    }

    /** The run of the process for this business key that waits for the message, if one does. */
    public Optional<String> waitsForMessage(String processKey, String businessKey, String message) {
        return Optional.ofNullable(runtime.createExecutionQuery()
                        .processDefinitionKey(processKey)
                        .processInstanceBusinessKey(businessKey)
                        .messageEventSubscriptionName(message)
                        .singleResult())
                .map(Execution::getProcessInstanceId);
    }

    /** Delivers the message to this run. */
    public void correlateTo(String message, String processInstanceId) {
        runtime.createMessageCorrelation(message)
                .processInstanceId(processInstanceId)
                .correlate();
    }

    /** The named variables of a run (those it has). */
    public Map<String, Object> variables(String processInstanceId, Collection<String> names) {
        return runtime.getVariables(processInstanceId, names);
    }

    /**
     * The engine's clock, which drives its timers: the system clock unless a test moves it, so what
     * a step dates must read this, not the application clock, to agree with the timer that ran it.
     */
    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** The engine's day in the zone. */
    public LocalDate today(ZoneId zone) {
        return now().atZone(zone).toLocalDate();
    }

    private static OpenTask open(Task task) {
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getProcessInstanceId());
    }
}
