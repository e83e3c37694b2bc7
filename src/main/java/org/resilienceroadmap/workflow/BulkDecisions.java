package org.resilienceroadmap.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many tasks decided or claimed at once, each as if it had been done alone: every task goes through
 * {@link TaskInbox} in a transaction of its own, with the same scope, role and process checks, its
 * own audit record and its own notifications. A refusal or a failure of one task is its answer and
 * changes nothing for the others. Never inside a caller's transaction (which would make all of them
 * one, and one refusal would roll back every decision). The work runs on a small pool of its own
 * ({@code roadmap.workflow.bulk-threads}, 2) as the caller: 200 approvals in one request took 9.5–12 s
 * one by one on a busy two-core machine.
 */
@Service
public class BulkDecisions {

    /** At most this many tasks per request: an imported plan, not the whole country. */
    public static final int MAX_TASKS = 500;

    private static final Logger log = LoggerFactory.getLogger(BulkDecisions.class);

    private final TaskInbox inbox;
    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final ExecutorService workers;

    BulkDecisions(TaskInbox inbox, TaskService tasks, CurrentUser currentUser,
            @Value("${roadmap.workflow.bulk-threads:2}") int threads) {
        this.inbox = inbox;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "bulk-decisions");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
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

    /**
     * Each task on its own, a few at a time: tasks of different processes share nothing and are
     * decided side by side (each request may use both cores); tasks of one process (the Essentials of
     * one assessment) one after the other, as the engine would refuse two siblings at once.
     */
    private List<BulkResult> each(Collection<String> taskIds, Consumer<String> act) {
        if (taskIds == null || taskIds.isEmpty()) {
            throw new InvalidRequestException("taskIds", "Name at least one task");
        }
        if (taskIds.size() > MAX_TASKS) {
            throw new InvalidRequestException("taskIds", "At most " + MAX_TASKS + " tasks at once");
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(taskIds));
        Map<String, List<Integer>> byProcess = new LinkedHashMap<>();
        Map<String, String> processes = processesOf(ids);
        for (int i = 0; i < ids.size(); i++) {
            byProcess.computeIfAbsent(processes.getOrDefault(ids.get(i), ids.get(i)), key -> new ArrayList<>()).add(i);
        }
        BulkResult[] results = new BulkResult[ids.size()];
        SecurityContext caller = SecurityContextHolder.getContext();
        List<Future<?>> running = new ArrayList<>();
        for (List<Integer> group : byProcess.values()) {
            running.add(workers.submit(() -> {
                SecurityContextHolder.setContext(caller);
                try {
                    group.forEach(i -> results[i] = one(ids.get(i), act));
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        for (Future<?> done : running) {
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while deciding tasks", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("A bulk request failed", e.getCause());
            }
        }
        return List.of(results);
    }

    /** Which process each task belongs to, for the tasks that exist (only to keep a process's tasks in one line). */
    private Map<String, String> processesOf(List<String> ids) {
        Map<String, String> processes = new HashMap<>();
        tasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list()
                .forEach(t -> processes.put(t.getId(), t.getProcessInstanceId()));
        return processes;
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
