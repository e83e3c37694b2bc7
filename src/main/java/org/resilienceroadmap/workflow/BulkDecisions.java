package org.resilienceroadmap.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many tasks decided or claimed at once, each as if it had been done alone: every task goes through
 * {@link TaskInbox} in a transaction of its own, with the same scope, role and process checks, its
 * own audit record and its own notifications. A refusal or a failure of one task is its answer and
 * changes nothing for the others. Never inside a caller's transaction (which would make all of them
 * one, and one refusal would roll back every decision).
 */
@Service
public class BulkDecisions {

    /** At most this many tasks per request: an imported plan, not the whole country. */
    public static final int MAX_TASKS = 500;

    private static final Logger log = LoggerFactory.getLogger(BulkDecisions.class);

    private final TaskInbox inbox;
    private final TaskService tasks;
    private final CurrentUser currentUser;

    BulkDecisions(TaskInbox inbox, TaskService tasks, CurrentUser currentUser) {
        this.inbox = inbox;
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    /** Completes each task with the same outcome and comment; one answer per task, in the order asked. */
    @Transactional(propagation = Propagation.NEVER)
    public List<BulkResult> complete(Collection<String> taskIds, String outcome, String comment) {
        return each(taskIds, id -> inbox.complete(id, outcome, comment, Map.of()));
    }

    /** Claims each task for the caller; a task the caller holds already counts as done. */
    @Transactional(propagation = Propagation.NEVER)
    public List<BulkResult> claim(Collection<String> taskIds) {
        return each(taskIds, inbox::claim);
    }

    private List<BulkResult> each(Collection<String> taskIds, Consumer<String> act) {
        if (taskIds == null || taskIds.isEmpty()) {
            throw new InvalidRequestException("taskIds", "Name at least one task");
        }
        if (taskIds.size() > MAX_TASKS) {
            throw new InvalidRequestException("taskIds", "At most " + MAX_TASKS + " tasks at once");
        }
        List<BulkResult> results = new ArrayList<>();
        for (String id : new LinkedHashSet<>(taskIds)) {
            results.add(one(id, act));
        }
        return results;
    }

    private BulkResult one(String taskId, Consumer<String> act) {
        try {
            act.accept(taskId);
            return BulkResult.done(taskId);
        } catch (ConflictException e) {
            return conflict(taskId, e);
        } catch (ForbiddenException e) {
            return new BulkResult(taskId, BulkResult.Refusal.NOT_ALLOWED, null, e.getMessage());
        } catch (NotFoundException e) {
            return new BulkResult(taskId, BulkResult.Refusal.NOT_FOUND, null, e.getMessage());
        } catch (InvalidRequestException e) {
            return new BulkResult(taskId, BulkResult.Refusal.INVALID, null, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Bulk request: task {} failed", taskId, e);
            return new BulkResult(taskId, BulkResult.Refusal.FAILED, null, "This task could not be completed");
        }
    }

    /** Who got there first: someone who holds the task now, or someone who completed it. */
    private BulkResult conflict(String taskId, ConflictException e) {
        Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (now == null) {
            return new BulkResult(taskId, BulkResult.Refusal.GONE, null, e.getMessage());
        }
        String holder = now.getAssignee();
        if (holder != null && !holder.equals(currentUser.scope().username())) {
            return new BulkResult(taskId, BulkResult.Refusal.TAKEN, holder, e.getMessage());
        }
        return new BulkResult(taskId, BulkResult.Refusal.CONFLICT, null, e.getMessage());
    }
}
