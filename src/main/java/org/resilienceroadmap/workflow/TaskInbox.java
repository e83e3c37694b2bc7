package org.resilienceroadmap.workflow;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's tasks and what they may do with them. A task is visible when the caller is its
 * assignee or a candidate and its jurisdiction is in their scope; out-of-scope tasks answer 404,
 * visible tasks the caller may not act on answer 403.
 */
@Service
public class TaskInbox {

    /** The engine keeps a text variable in a column of 4,000 characters; a longer field is refused as bad input. */
    public static final int MAX_FIELD = 4000;
    public static final int MAX_COMMENT = 4000;
    private static final Refusal DONE_MEANWHILE = Refusal.of("refusal.task.doneMeanwhile");

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;
    private final TaskDeclarations declarations;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ProcessEngineConfigurationImpl engine;

    TaskInbox(TaskService tasks, RuntimeService runtime, HistoryService history, IdentityService identity,
            TaskDeclarations declarations, CurrentUser currentUser, AuditLog audit, ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
        this.declarations = declarations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Tasks assigned to the caller and unassigned tasks they are a candidate for, oldest due first.
     * Not one transaction around the list: a task that another request completes while the list is
     * read fails only its own read (in its own transaction) and is left out.
     */
    public List<TaskItem> openTasks() {
        UserScope me = currentUser.scope();
        // Two indexed reads merged, not one with "assignee or candidate": PostgreSQL cannot use an index
        // for that OR across the identity-link join and read every open task (300 ms at 354,000).
        Map<String, Task> byId = new java.util.LinkedHashMap<>();
        tasks.createTaskQuery().active().taskAssignee(me.username()).list().forEach(t -> byId.put(t.getId(), t));
        // Tasks that name people rather than groups: a working group's review by the members its chair named.
        tasks.createTaskQuery().active().taskCandidateUser(me.username()).list()
                .forEach(t -> byId.putIfAbsent(t.getId(), t));
        if (!me.groups().isEmpty()) {
            tasks.createTaskQuery().active().taskCandidateGroupIn(List.copyOf(me.groups())).list()
                    .forEach(t -> byId.putIfAbsent(t.getId(), t));
        }
        List<Task> open = byId.values().stream()
                .sorted(Comparator.comparing(Task::getCreateTime).reversed()).toList();
        Map<String, Map<String, Object>> subjects = subjectsOf(open);
        return open.stream()
                .map(task -> toItem(task, subjects.getOrDefault(task.getProcessInstanceId(), Map.of())))
                .filter(item -> me.isAdmin() || me.sees(item.jurisdictionId()))
                .sorted(Comparator.comparing(TaskItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** One task the caller may see; 404 when it is not theirs to see, 409 when it was completed meanwhile. */
    @Transactional(readOnly = true)
    public TaskItem get(String taskId) {
        return visible(taskId, findOpen(taskId, () -> tasks.createTaskQuery().taskId(taskId).singleResult()),
                currentUser.scope());
    }

    private TaskItem visible(String taskId, Task open, UserScope me) {
        TaskItem item = read(open).orElseThrow(() -> new ConflictException(DONE_MEANWHILE));
        if (!me.isAdmin() && !me.sees(item.jurisdictionId())) {
            throw new NotFoundException("Task", taskId);
        }
        return item;
    }

    public boolean mayAct(TaskItem item, UserScope me) {
        return item.isAssignedTo(me.username()) || (item.assignee() == null && isCandidate(item.id(), me));
    }

    @Transactional
    public TaskItem claim(String taskId) {
        UserScope me = currentUser.scope();
        TaskItem item = get(taskId);
        if (item.isAssignedTo(me.username())) {
            return item;
        }
        try {
            if (!isCandidate(taskId, me)) {
                throw refused(taskId, Refusal.of("refusal.task.notCandidate"));
            }
            tasks.claim(taskId, me.username());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new ConflictException(Refusal.of("refusal.task.claimedByOther"));
        } catch (ProcessEngineException e) {
            throw refusal(taskId, e);
        } catch (NullPointerException e) {
            throw goneOr(taskId, e);
        }
        return get(taskId);
    }

    @Transactional
    public TaskItem unclaim(String taskId) {
        UserScope me = currentUser.scope();
        TaskItem item = get(taskId);
        if (!item.isAssignedTo(me.username()) && !me.isAdmin()) {
            throw new ForbiddenException(Refusal.of("refusal.task.onlyAssigneeHandsBack"));
        }
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException e) {
            throw new ConflictException(Refusal.of("refusal.task.actedMeanwhile"));
        } catch (ProcessEngineException e) {
            throw refusal(taskId, e);
        } catch (NullPointerException e) {
            throw goneOr(taskId, e);
        }
        return get(taskId);
    }

    /**
     * Completes a task with one of its declared outcomes. An unassigned task is claimed by the caller
     * first if they are a candidate; a task someone else holds answers 409.
     */
    @Transactional
    public void complete(String taskId, String outcome, String comment, Map<String, Object> fields) {
        UserScope me = currentUser.scope();
        String text = comment == null ? null : comment.strip();
        TaskItem item;
        try {
            // The read, the checks, the claim, the comment and the completion as one engine command: the
            // task, its process and its candidate links are read once, and the claim and the completion
            // work on what the checks read (separate commands read each of them again).
            item = engine.getCommandExecutorTxRequired().execute(context -> {
                // By id through the command's own cache, where the completion finds it again (a task
                // query is a second, heavier read of the same row).
                Task open = findOpen(taskId, () -> context.getTaskManager().findTaskById(taskId));
                TaskItem read = visible(taskId, open, me);
                mayComplete(read, me);
                validate(read, outcome, text);
                Map<String, Object> variables = declaredFields(read, fields);
                variables.put(ProcessVariables.OUTCOME, outcome);
                variables.put(ProcessVariables.COMMENT, text);
                variables.put(ProcessVariables.DECIDED_BY, me.username());
                if (read.assignee() == null) {
                    tasks.claim(taskId, me.username());
                }
                if (text != null && !text.isEmpty()) {
                    comment(taskId, read.processInstanceId(), text, me);
                }
                tasks.complete(taskId, variables);
                return read;
            });
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new ConflictException(Refusal.of("refusal.task.actedMeanwhile"));
        } catch (ProcessEngineException e) {
            throw refusal(taskId, e);
        } catch (NullPointerException e) {
            throw goneOr(taskId, e);
        }
        audit.recordDecision(new AuditEntry(me.username(), item.subjectType(), item.subjectId(),
                item.processKey() + ":" + item.taskKey(), null, outcome, text).in(item.jurisdictionId()));
    }

    /**
     * The comments left on the tasks of a process, of the process that called it (the roadmap gate
     * that returned a stage's assessment) and of the processes it called (the assessment behind a
     * stage gate), oldest first.
     */
    @Transactional(readOnly = true)
    public List<TaskComment> comments(TaskItem item) {
        List<String> instances = new java.util.ArrayList<>(List.of(item.processInstanceId()));
        var caller = runtime.createProcessInstanceQuery().subProcessInstanceId(item.processInstanceId()).singleResult();
        if (caller != null) {
            instances.add(caller.getId());
        }
        history.createHistoricProcessInstanceQuery().superProcessInstanceId(item.processInstanceId()).list()
                .forEach(called -> instances.add(called.getId()));
        Map<String, HistoricTaskInstance> commented = new HashMap<>();
        List<Comment> all = new java.util.ArrayList<>();
        for (String instance : instances) {
            history.createHistoricTaskInstanceQuery().processInstanceId(instance).list()
                    .forEach(t -> commented.put(t.getId(), t));
            all.addAll(tasks.getProcessInstanceComments(instance));
        }
        Map<String, Object> arguments = nameArguments(all.stream().map(Comment::getTaskId)
                .map(commented::get).filter(Objects::nonNull).distinct().toList());
        return all.stream()
                .sorted(Comparator.comparing(Comment::getTime))
                .map(c -> {
                    HistoricTaskInstance t = commented.get(c.getTaskId());
                    return t == null
                            ? new TaskComment(c.getUserId(), c.getTime().toInstant(), null, null, null, null,
                                    c.getFullMessage())
                            : new TaskComment(c.getUserId(), c.getTime().toInstant(), t.getName(),
                                    t.getProcessDefinitionKey(), t.getTaskDefinitionKey(), arguments.get(t.getId()),
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
            String variable = declarations.of(t.getProcessDefinitionId(), t.getTaskDefinitionKey()).nameArgument();
            if (variable != null) {
                history.createHistoricVariableInstanceQuery().executionIdIn(t.getExecutionId())
                        .variableName(variable).list().stream().findFirst()
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
    private void comment(String taskId, String processInstanceId, String text, UserScope me) {
        identity.setAuthentication(me.username(), List.copyOf(me.groups()));
        try {
            tasks.createComment(taskId, processInstanceId, text);
        } finally {
            identity.clearAuthentication();
        }
    }

    private void mayComplete(TaskItem item, UserScope me) {
        if (item.assignee() != null && !item.isAssignedTo(me.username())) {
            if (isCandidate(item.id(), me)) {
                throw new ConflictException(Refusal.of("refusal.task.assignedTo", new Refusal.Person(item.assignee())));
            }
            throw refused(item.id(), Refusal.of("refusal.task.mayNotComplete"));
        }
        if (item.assignee() == null && !isCandidate(item.id(), me)) {
            throw refused(item.id(), Refusal.of("refusal.task.mayNotComplete"));
        }
    }

    private void validate(TaskItem item, String outcome, String comment) {
        if (item.outcomes().isEmpty()) {
            throw new InvalidRequestException("outcome", Refusal.of("refusal.task.completedOnSubjectPage"));
        }
        if (outcome == null || !item.outcomes().contains(outcome)) {
            throw new InvalidRequestException("outcome", Refusal.of("refusal.task.outcomeOneOf",
                    new Refusal.Words(item.outcomes().stream().map(o -> new Refusal.Text("outcome." + o)).toList(), false)));
        }
        if (item.needsComment(outcome) && (comment == null || comment.isEmpty())) {
            throw new InvalidRequestException("comment", Refusal.of("refusal.task.commentRequired", new Refusal.Text("outcome." + outcome)));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidRequestException("comment", Refusal.counted("refusal.task.commentTooLong", MAX_COMMENT));
        }
    }

    /**
     * Only the fields the task declares pass into the process, as plain values: a list becomes its
     * comma-separated items, so that no variable needs Java serialization.
     */
    private static Map<String, Object> declaredFields(TaskItem item, Map<String, Object> fields) {
        Map<String, Object> variables = new HashMap<>();
        for (var field : fields.entrySet()) {
            if (!item.fields().contains(field.getKey())) {
                throw new InvalidRequestException(field.getKey(), Refusal.of("refusal.task.noSuchField", field.getKey()));
            }
            Object value = field.getValue();
            if (value instanceof java.util.Collection<?> list) {
                value = String.join(",", list.stream().map(String::valueOf).toList());
            } else if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new InvalidRequestException(field.getKey(), Refusal.of("refusal.task.plainValue", field.getKey()));
            }
            if (value instanceof String text && text.length() > MAX_FIELD) {
                throw new InvalidRequestException(field.getKey(), Refusal.counted("refusal.task.fieldTooLong", MAX_FIELD,
                        field.getKey()));
            }
            variables.put(field.getKey(), value);
        }
        return variables;
    }

    /**
     * What a failure of the engine means to the caller. The engine wraps what a task listener throws:
     * a refusal by a feature's rule (four-eyes, a state that forbids the step) reaches the caller as
     * that refusal. A task that is gone meanwhile — another request, on this node or another,
     * completed it after this one read it, and the engine tripped over the missing rows — is a 409.
     * Anything else stays the error it is.
     */
    private RuntimeException refusal(String taskId, ProcessEngineException e) {
        // Done meanwhile first: a rule that refuses the loser of a race (four-eyes, once the winner's
        // approval is recorded) would otherwise answer for a task that no longer waits for anyone.
        if (isGone(taskId)) {
            return new ConflictException(DONE_MEANWHILE);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ForbiddenException || cause instanceof ConflictException
                    || cause instanceof InvalidRequestException || cause instanceof NotFoundException) {
                return (RuntimeException) cause;
            }
        }
        return e;
    }

    /**
     * The engine trips over its own missing rows (the process instance of an assignment's history
     * event) when another request completed the task after this one read it: that is "done meanwhile".
     */
    private RuntimeException goneOr(String taskId, NullPointerException e) {
        return isGone(taskId) ? new ConflictException(DONE_MEANWHILE) : e;
    }

    private boolean isGone(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).count() == 0;
    }

    /**
     * No candidate link for the caller: a refusal — unless the links are gone because another request
     * completed the task after this one read it.
     */
    private RuntimeException refused(String taskId, Refusal message) {
        return isGone(taskId) ? new ConflictException(DONE_MEANWHILE) : new ForbiddenException(message);
    }

    /** The task as the inbox shows it; empty when its process moved on between the task query and this read. */
    private Optional<TaskItem> read(Task task) {
        try {
            return Optional.of(toItem(task));
        } catch (ProcessEngineException e) {
            if (isGone(task.getId())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private boolean isCandidate(String taskId, UserScope me) {
        List<IdentityLink> links;
        try {
            links = tasks.getIdentityLinksForTask(taskId);
        } catch (RuntimeException e) {
            // Another request completed the task after this one read it: the engine's permission check
            // then trips over the missing execution (a NullPointerException, not an engine exception).
            if (isGone(taskId)) {
                throw new ConflictException(DONE_MEANWHILE);
            }
            throw e;
        }
        return links.stream().anyMatch(link -> "candidate".equals(link.getType())
                && ((link.getGroupId() != null && me.groups().contains(link.getGroupId()))
                        || me.username().equals(link.getUserId())));
    }

    private Task findOpen(String taskId, java.util.function.Supplier<Task> lookup) {
        Task task = lookup.get();
        if (task != null) {
            return task;
        }
        boolean ended = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
        if (ended) {
            throw new ConflictException(Refusal.of("refusal.task.completedAlready"));
        }
        throw new NotFoundException("Task", taskId);
    }

    private static final String[] SUBJECT_VARIABLES = {ProcessVariables.SUBJECT_TYPE, ProcessVariables.SUBJECT_ID,
            ProcessVariables.JURISDICTION_ID};

    /**
     * The subject variables of the tasks' processes, read in one query per thousand processes instead
     * of one per task (an inbox of hundreds of tasks was hundreds of reads). A process that ended
     * while the list was read has no entry: its task has no jurisdiction and is left out below.
     */
    private Map<String, Map<String, Object>> subjectsOf(List<Task> open) {
        List<String> instances = open.stream().map(Task::getProcessInstanceId).distinct().toList();
        Map<String, Map<String, Object>> subjects = new HashMap<>();
        for (int from = 0; from < instances.size(); from += 1000) {
            String[] chunk = instances.subList(from, Math.min(instances.size(), from + 1000)).toArray(String[]::new);
            runtime.createVariableInstanceQuery().processInstanceIdIn(chunk).variableNameIn(SUBJECT_VARIABLES)
                    .disableBinaryFetching().disableCustomObjectDeserialization().list().stream()
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
    private TaskItem toItem(Task task) {
        return toItem(task, runtime.getVariables(task.getProcessInstanceId()));
    }

    private TaskItem toItem(Task task, Map<String, Object> vars) {
        TaskDeclarations.Declared declared = declarations.of(task.getProcessDefinitionId(),
                task.getTaskDefinitionKey());
        String processKey = task.getProcessDefinitionId().split(":")[0];
        Object jurisdiction = vars.get(ProcessVariables.JURISDICTION_ID);
        return new TaskItem(task.getId(), task.getName(),
                Objects.requireNonNullElse(task.getDescription(), declared.documentation()),
                task.getTaskDefinitionKey(), processKey, task.getProcessInstanceId(),
                (String) vars.get(ProcessVariables.SUBJECT_TYPE), Objects.toString(vars.get(ProcessVariables.SUBJECT_ID), null),
                jurisdiction == null ? null : ((Number) jurisdiction).longValue(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee(), declared.outcomes(), declared.commentRequiredFor(), declared.fields(),
                declared.nameArgument() == null ? null : tasks.getVariable(task.getId(), declared.nameArgument()));
    }
}
