package org.resilienceroadmap.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.resilienceroadmap.shared.InChunks;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** An engine task as the inbox shows it: its declarations from the BPMN and its process's subject variables. */
@Component
class TaskItems {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskDeclarations declarations;
    private final NamedParameterJdbcTemplate jdbc;

    TaskItems(
            TaskService tasks, RuntimeService runtime, TaskDeclarations declarations, NamedParameterJdbcTemplate jdbc) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.declarations = declarations;
    }

    /**
     * The tasks as the inbox shows them, found with their processes' subject variables ({@link
     * VisibleTasks}); their name arguments (the Essential a scoring task is for) are read in one query per
     * thousand tasks, not one per task. A subject variable of a type not read plainly is read through
     * the engine, as is a name argument not on the task's own execution.
     */
    List<TaskItem> of(List<VisibleTasks.Found> found) {
        Map<String, Map<String, Object>> subjects = new HashMap<>();
        found.forEach(f -> subjects.putIfAbsent(f.task().processInstanceId(), f.subject()));
        List<String> otherTypes = found.stream()
                .filter(f -> !f.plain())
                .map(f -> f.task().processInstanceId())
                .distinct()
                .toList();
        if (!otherTypes.isEmpty()) {
            runtime
                    .createVariableInstanceQuery()
                    .processInstanceIdIn(otherTypes.toArray(String[]::new))
                    .variableNameIn(VisibleTasks.SUBJECT_VARIABLES.toArray(String[]::new))
                    .disableBinaryFetching()
                    .disableCustomObjectDeserialization()
                    .list()
                    .stream()
                    // The process's own variables, not a same-named local one of a sub-scope.
                    .filter(v -> v.getProcessInstanceId().equals(v.getExecutionId()))
                    .forEach(v -> subjects.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>())
                            .put(v.getName(), v.getValue()));
        }
        List<TaskRow> named = found.stream()
                .map(VisibleTasks.Found::task)
                .filter(t -> declared(t).nameArgument() != null)
                .toList();
        Map<String, Map<String, Object>> arguments = nameArguments(
                named.stream().map(TaskRow::executionId).distinct().toList(),
                named.stream().map(t -> declared(t).nameArgument()).distinct().toList());
        return found.stream()
                .map(VisibleTasks.Found::task)
                .map(task -> of(task, subjects.getOrDefault(task.processInstanceId(), Map.of()), name -> {
                    Map<String, Object> local = arguments.get(task.executionId());
                    // Not on the task's own execution, or not plain: the engine looks along its scopes.
                    return local != null && local.containsKey(name) ? local.get(name) : nameArgument(task, name);
                }))
                .toList();
    }

    /** The plain values of these variables on these executions, by execution and name. */
    private Map<String, Map<String, Object>> nameArguments(List<String> executions, List<String> names) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        InChunks.each(
                executions,
                chunk -> jdbc.query(NAME_ARGUMENTS_SQL, Map.of("executions", chunk, "names", names), row -> {
                    String type = row.getString(3);
                    if (VisibleTasks.PLAIN_TYPES.contains(type)) {
                        values.computeIfAbsent(row.getString(1), k -> new HashMap<>())
                                .put(row.getString(2), VisibleTasks.plainValue(type, row, 3));
                    }
                }));
        return values;
    }

    /** A variable of the task's execution (a multi-instance's element), not one local to the task. */
    private static final String NAME_ARGUMENTS_SQL = "select VAR_SCOPE_, NAME_, TYPE_, TEXT_, LONG_"
            + " from ACT_RU_VARIABLE where VAR_SCOPE_ in (:executions) and NAME_ in (:names)";

    /** Through the engine; nothing when the task was completed while the list was read. */
    private Object nameArgument(TaskRow task, String name) {
        try {
            return tasks.getVariable(task.id(), name);
        } catch (ProcessEngineException gone) {
            return null;
        }
    }

    private TaskDeclarations.Declared declared(TaskRow task) {
        return declarations.of(task.processDefinitionId(), task.taskKey());
    }

    /**
     * All of the process's variables, not the three it needs: the engine keeps a process's variables
     * whole or not at all, so asking for some is a read of its own — and the completion that follows in
     * the same command reads them all again.
     */
    TaskItem of(Task task) {
        return of(
                TaskRow.of(task),
                runtime.getVariables(task.getProcessInstanceId()),
                name -> tasks.getVariable(task.getId(), name));
    }

    private TaskItem of(TaskRow task, Map<String, Object> vars, Function<String, Object> nameArgument) {
        TaskDeclarations.Declared declared = declared(task);
        String processKey = task.processDefinitionId().split(":")[0];
        Object jurisdiction = vars.get(ProcessVariables.JURISDICTION_ID);
        return new TaskItem(
                task.id(),
                task.name(),
                Objects.requireNonNullElse(task.description(), declared.documentation()),
                task.taskKey(),
                processKey,
                task.processInstanceId(),
                (String) vars.get(ProcessVariables.SUBJECT_TYPE),
                Objects.toString(vars.get(ProcessVariables.SUBJECT_ID), null),
                jurisdiction == null ? null : ((Number) jurisdiction).longValue(),
                task.created(),
                task.due(),
                task.assignee(),
                declared.outcomes(),
                declared.commentRequiredFor(),
                declared.fields(),
                declared.nameArgument() == null ? null : nameArgument.apply(declared.nameArgument()));
    }
}
