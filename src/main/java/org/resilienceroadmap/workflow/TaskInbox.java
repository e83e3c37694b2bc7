package org.resilienceroadmap.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * <p>Over 300 lines: its reads and its three commands (claim, unclaim, complete) share one rule, who may
 * see and act on a task, and one translation of the engine's refusals; comments, items and completion input
 * are in {@link TaskComments}, {@code TaskItems} and {@code CompletionInput}.
 */
@Service
public class TaskInbox {

    /** The engine keeps a text variable in a column of 4,000 characters; a longer field is refused as bad input. */
    public static final int MAX_FIELD = 4000;

    public static final int MAX_COMMENT = 4000;
    private static final Refusal DONE_MEANWHILE = Refusal.of("refusal.task.doneMeanwhile");

    private final TaskService tasks;
    private final HistoryService history;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ProcessEngineConfigurationImpl engine;
    private final TaskItems items;
    private final VisibleTasks visible;
    private final TaskComments comments;
    private final PinnedComments pins;

    TaskInbox(
            TaskService tasks,
            HistoryService history,
            CurrentUser currentUser,
            AuditLog audit,
            ProcessEngineConfigurationImpl engine,
            TaskItems items,
            VisibleTasks visible,
            TaskComments comments,
            PinnedComments pins) {
        this.pins = pins;
        this.engine = engine;
        this.items = items;
        this.visible = visible;
        this.comments = comments;
        this.tasks = tasks;
        this.history = history;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Tasks assigned to the caller and unassigned tasks they are a candidate for, oldest due first.
     * Read in one statement ({@link VisibleTasks}): a task another request completes meanwhile is
     * listed whole or not at all.
     */
    public List<TaskItem> openTasks() {
        return openTasksMatching(TaskCriteria.NONE);
    }

    /** As {@link #openTasks()}, of the tasks the engine's task query would find by these criteria. */
    public List<TaskItem> openTasksMatching(TaskCriteria criteria) {
        UserScope me = currentUser.scope();
        return items.of(visible.of(me.username(), me.groups(), criteria)).stream()
                .filter(item -> me.isAdmin() || me.sees(item.jurisdictionId()))
                .sorted(Comparator.comparing(TaskItem::created).reversed())
                .sorted(Comparator.comparing(TaskItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** One task the caller may see; 404 when it is not theirs to see, 409 when it was completed meanwhile. */
    @Transactional(readOnly = true)
    public TaskItem get(String taskId) {
        return visible(
                taskId,
                findOpen(taskId, () -> tasks.createTaskQuery().taskId(taskId).singleResult()),
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
                CompletionInput.check(read, outcome, text);
                // The pins of a return are the workflow's own, never process variables.
                Map<String, Object> declared = new java.util.LinkedHashMap<>(fields == null ? Map.of() : fields);
                Object pinned = declared.remove(PinnedComments.FIELD);
                Map<String, Object> variables = CompletionInput.declaredFields(read, declared);
                pins.pinOnReturn(
                        read, outcome, pinned, me, org.springframework.context.i18n.LocaleContextHolder.getLocale());
                variables.put(ProcessVariables.OUTCOME, outcome);
                variables.put(ProcessVariables.COMMENT, text);
                variables.put(ProcessVariables.DECIDED_BY, me.username());
                if (read.assignee() == null) {
                    tasks.claim(taskId, me.username());
                }
                if (text != null && !text.isEmpty()) {
                    comments.write(taskId, read.processInstanceId(), text, me);
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
        audit.recordDecision(new AuditEntry(
                        me.username(),
                        item.subjectType(),
                        item.subjectId(),
                        item.processKey() + ":" + item.taskKey(),
                        null,
                        outcome,
                        text)
                .in(item.jurisdictionId()));
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
            if (cause instanceof ForbiddenException
                    || cause instanceof ConflictException
                    || cause instanceof InvalidRequestException
                    || cause instanceof NotFoundException) {
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
            return Optional.of(items.of(task));
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
        return links.stream()
                .anyMatch(link -> "candidate".equals(link.getType())
                        && ((link.getGroupId() != null && me.groups().contains(link.getGroupId()))
                                || me.username().equals(link.getUserId())));
    }

    private Task findOpen(String taskId, java.util.function.Supplier<Task> lookup) {
        Task task = lookup.get();
        if (task != null) {
            return task;
        }
        boolean ended = history.createHistoricTaskInstanceQuery()
                        .taskId(taskId)
                        .finished()
                        .count()
                > 0;
        if (ended) {
            throw new ConflictException(Refusal.of("refusal.task.completedAlready"));
        }
        throw new NotFoundException("Task", taskId);
    }
}
