package org.resilienceroadmap.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;

/**
 * Fills the database with {@link ScaleSettings#cities()} cities and their actions through the
 * application's services and the engine (see {@link CityWalk}), several cities at once, printing
 * progress as it goes. Cities already there are skipped, so an interrupted run can be resumed.
 */
public final class ScaleDataGenerator {

    /** What a run did: cities walked now and found already there, actions proposed, how long it took. */
    public record Outcome(int walked, int skipped, long actions, Duration took) {}

    private final ApplicationContext context;
    private final PrintStream out;

    public ScaleDataGenerator(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    public Outcome generate(ScaleSettings settings) {
        long started = System.nanoTime();
        ScaleWorld world = new ScaleWorld(context);
        ScaleWorld.Frame frame = world.build(settings);
        CityWalk walk = new CityWalk(context, world, frame);
        AtomicInteger walked = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicLong actions = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        progress.scheduleAtFixedRate(
                () -> report(settings, started, walked.get(), skipped.get(), actions.get()), 15, 15, TimeUnit.SECONDS);
        Statistics statistics = new Statistics(context);
        // The planner's picture of a fresh database goes stale fastest at the start, when the tables
        // grow tenfold in minutes (a task query by business key read every open task until the first
        // refresh): after 1, 2 and 4 minutes, then every 5.
        for (int minute : new int[] {1, 2, 4}) {
            progress.schedule(statistics::refresh, minute, TimeUnit.MINUTES);
        }
        progress.scheduleAtFixedRate(statistics::refresh, 5, 5, TimeUnit.MINUTES);
        try {
            List<Future<?>> cities = new ArrayList<>();
            for (int n = 1; n <= settings.cities(); n++) {
                int city = n;
                cities.add(workers.submit(() -> {
                    int proposed = walk.walk(settings, city);
                    if (proposed < 0) {
                        skipped.incrementAndGet();
                    } else {
                        walked.incrementAndGet();
                        actions.addAndGet(proposed);
                    }
                }));
            }
            for (Future<?> city : cities) {
                city.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a city failed: " + e.getCause(), e.getCause());
        } finally {
            progress.shutdownNow();
            workers.shutdownNow();
        }
        statistics.settle();
        report(settings, started, walked.get(), skipped.get(), actions.get());
        walk.secondsByStep()
                .forEach((step, seconds) ->
                        out.printf(Locale.ROOT, "generate: %-40s %,10.0f thread-s%n", step, seconds));
        return new Outcome(walked.get(), skipped.get(), actions.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    private void report(ScaleSettings settings, long started, int walked, int skipped, long actions) {
        double seconds = (System.nanoTime() - started) / 1e9;
        int done = walked + skipped;
        double rate = walked / Math.max(seconds, 0.001);
        long left = rate > 0 ? Math.round((settings.cities() - done) / rate) : -1;
        out.printf(
                Locale.ROOT,
                "generate: %d/%d cities (%d there already), %,d actions, %.0f s, %.2f cities/s, %s left%n",
                done,
                settings.cities(),
                skipped,
                actions,
                seconds,
                rate,
                left < 0 ? "?" : String.format(Locale.ROOT, "%d:%02d", left / 60, left % 60));
    }
}
