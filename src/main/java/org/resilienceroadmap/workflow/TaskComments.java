package org.resilienceroadmap.workflow;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.resilienceroadmap.security.UserScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What people write when they decide tasks, kept by the engine and read back for the task page: the process's conversation. */
@Service
public class TaskComments {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskDeclarations declarations;
    private final IdentityService identity;

    TaskComments(
            TaskService tasks,
            RuntimeService runtime,
            HistoryService history,
            TaskDeclarations declarations,
            IdentityService identity) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.declarations = declarations;
        this.identity = identity;
    }

    /**
     * The comments left on the tasks of a process, of the process that called it (the roadmap gate
     * that returned a stage's assessment) and of the processes it called (the assessment behind a
     * stage gate), oldest first.
     */
    @Transactional(readOnly = true)
    public List<TaskComment> comments(TaskItem item) {
        List<String> instances = new java.util.ArrayList<>(List.of(item.processInstanceId()));
        var caller = runtime.createProcessInstanceQuery()
                .subProcessInstanceId(item.processInstanceId())
                .singleResult();
        if (caller != null) {
            instances.add(caller.getId());
        }
        history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(item.processInstanceId())
                .list()
                .forEach(called -> instances.add(called.getId()));
        Map<String, HistoricTaskInstance> commented = new HashMap<>();
        List<Comment> all = new java.util.ArrayList<>();
        for (String instance : instances) {
            history.createHistoricTaskInstanceQuery()
                    .processInstanceId(instance)
                    .list()
                    .forEach(t -> commented.put(t.getId(), t));
            all.addAll(tasks.getProcessInstanceComments(instance));
        }
        Map<String, Object> arguments = nameArguments(all.stream()
                .map(Comment::getTaskId)
                .map(commented::get)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return all.stream()
                .sorted(Comparator.comparing(Comment::getTime))
                .map(c -> {
                    HistoricTaskInstance t = commented.get(c.getTaskId());
                    return t == null
                            ? new TaskComment(
                                    c.getUserId(), c.getTime().toInstant(), null, null, null, null, c.getFullMessage())
                            : new TaskComment(
                                    c.getUserId(),
                                    c.getTime().toInstant(),
                                    t.getName(),
                                    t.getProcessDefinitionKey(),
                                    t.getTaskDefinitionKey(),
                                    arguments.get(t.getId()),
                                    c.getFullMessage());
                })
                .toList();
    }

    /**
     * The value that fills each commented task's translated name (the Essential of "Score Essential 3"),
     * read from history: the variable lives on the task's execution, e.g. a multi-instance element.
     */
    private Map<String, Object> nameArguments(List<HistoricTaskInstance> commented) {
        Map<String, Object> arguments = new HashMap<>();
        for (HistoricTaskInstance t : commented) {
            String variable = declarations
                    .of(t.getProcessDefinitionId(), t.getTaskDefinitionKey())
                    .nameArgument();
            if (variable != null) {
                history
                        .createHistoricVariableInstanceQuery()
                        .executionIdIn(t.getExecutionId())
                        .variableName(variable)
                        .list()
                        .stream()
                        .findFirst()
                        .ifPresent(v -> arguments.put(t.getId(), v.getValue()));
            }
        }
        return arguments;
    }

    /**
     * The engine signs a comment with the authenticated user, so the caller is authenticated for the
     * comment alone. Not for the claim and completion: with a user set the engine also writes its own
     * operation log (two rows and two definition reads per decision, a fifth of the decision's cost
     * over the engine's), which duplicates the application's audit trail — the assignee in the task's
     * history and the audit record already say who decided.
     */
    void write(String taskId, String processInstanceId, String text, UserScope me) {
        identity.setAuthentication(me.username(), List.copyOf(me.groups()));
        try {
            tasks.createComment(taskId, processInstanceId, text);
        } finally {
            identity.clearAuthentication();
        }
    }
}
