package org.resilienceroadmap.support;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Two calls released at the same instant on two real threads, as two people pressing the button
 * together; their answers come back in the order the calls were given. Rounds as many as
 * {@code -Drr.race.rounds} says (100 unless told).
 */
public final class Race implements AutoCloseable {

    public static final int ROUNDS = Integer.getInteger("rr.race.rounds", 100);

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    public <T> List<T> atOnce(Supplier<T> first, Supplier<T> second) {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<T> a = threads.submit(() -> {
            start.await();
            return first.get();
        });
        Future<T> b = threads.submit(() -> {
            start.await();
            return second.get();
        });
        return List.of(result(a), result(b));
    }

    private static <T> T result(Future<T> call) {
        try {
            return call.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A racing call failed: " + e, e);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
