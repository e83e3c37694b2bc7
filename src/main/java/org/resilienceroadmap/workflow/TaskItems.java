package org.resilienceroadmap.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** An engine task as the inbox shows it: its declarations from the BPMN and its process's subject variables. */
@Component
class TaskItems {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskDeclarations declarations;

    TaskItems(TaskService tasks, RuntimeService runtime, TaskDeclarations declarations) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.declarations = declarations;
    }

    private static final String[] SUBJECT_VARIABLES = {
        ProcessVariables.SUBJECT_TYPE, ProcessVariables.SUBJECT_ID, ProcessVariables.JURISDICTION_ID
    };

    /**
     * The subject variables of the tasks' processes, read in one query per thousand processes instead
     * of one per task (an inbox of hundreds of tasks was hundreds of reads). A process that ended
     * while the list was read has no entry: its task has no jurisdiction and is left out below.
     */
    Map<String, Map<String, Object>> subjectsOf(List<Task> open) {
        List<String> instances =
                open.stream().map(Task::getProcessInstanceId).distinct().toList();
        Map<String, Map<String, Object>> subjects = new HashMap<>();
        for (int from = 0; from < instances.size(); from += 1000) {
            String[] chunk = instances
                    .subList(from, Math.min(instances.size(), from + 1000))
                    .toArray(String[]::new);
            runtime
                    .createVariableInstanceQuery()
                    .processInstanceIdIn(chunk)
                    .variableNameIn(SUBJECT_VARIABLES)
                    .disableBinaryFetching()
                    .disableCustomObjectDeserialization()
                    .list()
                    .stream()
                    // The process's own variables, not a same-named local one of a sub-scope.
                    .filter(v -> v.getProcessInstanceId().equals(v.getExecutionId()))
                    .forEach(v -> subjects.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>())
                            .put(v.getName(), v.getValue()));
        }
        return subjects;
    }

    /**
     * All of the process's variables, not the three it needs: the engine keeps a process's variables
     * whole or not at all, so asking for some is a read of its own — and the completion that follows in
     * the same command reads them all again.
     */
    TaskItem of(Task task) {
        return of(task, runtime.getVariables(task.getProcessInstanceId()));
    }

    TaskItem of(Task task, Map<String, Object> vars) {
        TaskDeclarations.Declared declared =
                declarations.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        String processKey = task.getProcessDefinitionId().split(":")[0];
        Object jurisdiction = vars.get(ProcessVariables.JURISDICTION_ID);
        return new TaskItem(
                task.getId(),
                task.getName(),
                Objects.requireNonNullElse(task.getDescription(), declared.documentation()),
                task.getTaskDefinitionKey(),
                processKey,
                task.getProcessInstanceId(),
                (String) vars.get(ProcessVariables.SUBJECT_TYPE),
                Objects.toString(vars.get(ProcessVariables.SUBJECT_ID), null),
                jurisdiction == null ? null : ((Number) jurisdiction).longValue(),
                task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee(),
                declared.outcomes(),
                declared.commentRequiredFor(),
                declared.fields(),
                declared.nameArgument() == null ? null : tasks.getVariable(task.getId(), declared.nameArgument()));
    }
}
