package org.resilienceroadmap.support.node;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Coordinators approving tasks one after another through a node's API on a few client threads, the
 * way a busy approval session does; each thread stops at its first request the node does not answer.
 * Records what the node confirmed (2xx), what was in flight when it went away, and anything else it said.
 */
public final class ApprovalStream {

    private final NodeApi api;
    private final String coordinator;
    private final Set<Long> confirmed = ConcurrentHashMap.newKeySet();
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<Long, Integer> refused = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch finished;

    /** Starts {@code lanes} threads; lane i approves the tasks i, i + lanes, i + 2 lanes… of {@code tasks} (action → task). */
    public ApprovalStream(NodeApi api, String coordinator, Map<Long, String> tasks, int lanes) {
        this.api = api;
        this.coordinator = coordinator;
        this.finished = new CountDownLatch(lanes);
        List<Map.Entry<Long, String>> all = List.copyOf(tasks.entrySet());
        for (int lane = 0; lane < lanes; lane++) {
            List<Map.Entry<Long, String>> mine = new ArrayList<>();
            for (int i = lane; i < all.size(); i += lanes) {
                mine.add(all.get(i));
            }
            Thread thread = new Thread(() -> approve(mine), "approvals-" + lane);
            threads.add(thread);
            thread.start();
        }
    }

    private void approve(List<Map.Entry<Long, String>> tasks) {
        try {
            for (Map.Entry<Long, String> task : tasks) {
                inFlight.add(task.getKey());
                NodeApi.Answer answer;
                try {
                    answer = api.post(
                            coordinator,
                            "/api/v1/tasks/" + task.getValue() + "/complete",
                            Map.of("outcome", "approve", "comment", "Approved in the stream"));
                } catch (UncheckedIOException gone) {
                    return;
                }
                inFlight.remove(task.getKey());
                if (answer.isSuccess()) {
                    confirmed.add(task.getKey());
                } else {
                    refused.put(task.getKey(), answer.status());
                }
            }
        } finally {
            finished.countDown();
        }
    }

    /** Waits until the node has confirmed at least {@code count} approvals (or the stream ended). */
    public void awaitConfirmed(int count) {
        while (confirmed.size() < count && finished.getCount() > 0) {
            AppNode.sleep(20);
        }
    }

    /** Waits for every thread to stop (after the node went away, each stops at its next request). */
    public void awaitEnd() {
        try {
            if (!finished.await(180, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The approval stream did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Set<Long> confirmed() {
        return Set.copyOf(confirmed);
    }

    /** Sent, but the node went away before it answered: may or may not have been committed. */
    public Set<Long> inFlight() {
        return Set.copyOf(inFlight);
    }

    /** Answered, but not with success: action → status. */
    public Map<Long, Integer> refused() {
        return Map.copyOf(refused);
    }
}
