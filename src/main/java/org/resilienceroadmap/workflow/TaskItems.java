package org.resilienceroadmap.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    private static final List<String> SUBJECT_VARIABLES =
            List.of(ProcessVariables.SUBJECT_TYPE, ProcessVariables.SUBJECT_ID, ProcessVariables.JURISDICTION_ID);

    /**
     * The tasks as the inbox shows them, their processes' subject variables and their name arguments
     * (the Essential a scoring task is for) read in one query per thousand tasks, not one per task.
     * A process that ended while the list was read has no subject: its task has no jurisdiction and is
     * left out by the caller.
     * <p>Read from the engine's variable table directly: the engine's variable query joins every
     * variable to its execution and that one's parent to work out an activity instance nobody here
     * reads, then sorts the wide rows for a distinct: 670 ms of a country coordinator's 1.4 s task list
     * (2,800 tasks) at scale, against 130 ms this way (docs/BENCHMARKS.md, change 31); and a name
     * argument was one engine command per task. A value of a type this does not read plainly is read
     * through the engine.
     */
    List<TaskItem> of(List<Task> open) {
        Plain subjects = plain(
                SUBJECT_VARIABLES_SQL,
                "instances",
                open.stream().map(Task::getProcessInstanceId).distinct().toList(),
                SUBJECT_VARIABLES);
        if (!subjects.otherTypes().isEmpty()) {
            runtime
                    .createVariableInstanceQuery()
                    .processInstanceIdIn(subjects.otherTypes().toArray(String[]::new))
                    .variableNameIn(SUBJECT_VARIABLES.toArray(String[]::new))
                    .disableBinaryFetching()
                    .disableCustomObjectDeserialization()
                    .list()
                    .stream()
                    // The process's own variables, not a same-named local one of a sub-scope.
                    .filter(v -> v.getProcessInstanceId().equals(v.getExecutionId()))
                    .forEach(v -> subjects.values()
                            .computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>())
                            .put(v.getName(), v.getValue()));
        }
        List<Task> named =
                open.stream().filter(t -> declared(t).nameArgument() != null).toList();
        Plain arguments = plain(
                NAME_ARGUMENTS_SQL,
                "executions",
                named.stream().map(Task::getExecutionId).distinct().toList(),
                named.stream().map(t -> declared(t).nameArgument()).distinct().toList());
        return open.stream()
                .map(task -> of(task, subjects.values().getOrDefault(task.getProcessInstanceId(), Map.of()), name -> {
                    Map<String, Object> local = arguments.values().get(task.getExecutionId());
                    // Not on the task's own execution, or not plain: the engine looks along its scopes.
                    return local != null && local.containsKey(name) ? local.get(name) : nameArgument(task, name);
                }))
                .toList();
    }

    /** Variables found by key (a process or an execution), and the keys that hold a value read otherwise. */
    private record Plain(Map<String, Map<String, Object>> values, Set<String> otherTypes) {}

    private Plain plain(String sql, String keysParameter, List<String> keys, List<String> names) {
        Plain found = new Plain(new HashMap<>(), new HashSet<>());
        InChunks.each(
                keys,
                chunk -> jdbc.query(sql, Map.of(keysParameter, chunk, "names", names), row -> {
                    String key = row.getString(1);
                    String type = row.getString(3);
                    if (PLAIN_TYPES.contains(type)) {
                        found.values()
                                .computeIfAbsent(key, k -> new HashMap<>())
                                .put(row.getString(2), plainValue(type, row));
                    } else {
                        found.otherTypes().add(key);
                    }
                }));
        return found;
    }

    /**
     * A variable's scope is the execution or task it belongs to: the process's own variables are those
     * whose scope is the process (not a same-named local one of a sub-scope). The engine's unique index
     * of scope and name finds each exactly (on {@code PROC_INST_ID_} PostgreSQL chose to intersect it with
     * an index of names, twice as slow).
     */
    private static final String SUBJECT_VARIABLES_SQL = "select VAR_SCOPE_, NAME_, TYPE_, TEXT_, LONG_"
            + " from ACT_RU_VARIABLE where VAR_SCOPE_ in (:instances) and NAME_ in (:names)";

    /** A variable of the task's execution (a multi-instance's element), not one local to the task. */
    private static final String NAME_ARGUMENTS_SQL = "select VAR_SCOPE_, NAME_, TYPE_, TEXT_, LONG_"
            + " from ACT_RU_VARIABLE where VAR_SCOPE_ in (:executions) and NAME_ in (:names)";

    private static final Set<String> PLAIN_TYPES = Set.of("string", "long", "integer", "null");

    /** A text, a whole number or nothing, as the engine keeps them. */
    private static Object plainValue(String type, ResultSet row) throws SQLException {
        if ("string".equals(type)) {
            return row.getString(4);
        }
        long value = row.getLong(5);
        if (row.wasNull()) {
            return null; // the type "null" keeps no value
        }
        return "integer".equals(type) ? (Object) (int) value : (Object) value;
    }

    /** Through the engine; nothing when the task was completed while the list was read. */
    private Object nameArgument(Task task, String name) {
        try {
            return tasks.getVariable(task.getId(), name);
        } catch (ProcessEngineException gone) {
            return null;
        }
    }

    private TaskDeclarations.Declared declared(Task task) {
        return declarations.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    /**
     * All of the process's variables, not the three it needs: the engine keeps a process's variables
     * whole or not at all, so asking for some is a read of its own — and the completion that follows in
     * the same command reads them all again.
     */
    TaskItem of(Task task) {
        return of(
                task, runtime.getVariables(task.getProcessInstanceId()), name -> tasks.getVariable(task.getId(), name));
    }

    private TaskItem of(Task task, Map<String, Object> vars, Function<String, Object> nameArgument) {
        TaskDeclarations.Declared declared = declared(task);
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
                declared.nameArgument() == null ? null : nameArgument.apply(declared.nameArgument()));
    }
}
