package org.resilienceroadmap.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Approvals per second at each of the engine's history levels that keeps what people read back
 * (full, audit, activity), each on a database of its own made afresh — the engine records its level
 * at the first start and refuses another one later. The same measurement as the throughput row:
 * service layer against bare engine, in alternating rounds on two threads.
 */
final class HistoryLevels {

    private static final List<String> LEVELS = List.of("full", "audit", "activity");

    private final BenchDatabase base;
    private final PrintStream out;

    HistoryLevels(BenchDatabase base, PrintStream out) {
        this.base = base;
        this.out = out;
    }

    void measure(Results results, int completions) throws Exception {
        for (String level : LEVELS) {
            BenchDatabase db = new BenchDatabase(
                    base.isPostgres()
                            ? base.url().replace("/" + base.name(), "/rr_history_" + level)
                            : "jdbc:h2:file:./target/bench/history-" + level + ";WRITE_DELAY=0",
                    base.user(),
                    base.password());
            db.prepare(true);
            out.println("history: level " + level + " on " + db.url());
            try (ConfigurableApplicationContext app = Bench.boot(db, false, "--camunda.bpm.history-level=" + level)) {
                ScaleWorld world = new ScaleWorld(app);
                ScaleWorld.Frame frame = world.build(new ScaleSettings(1, 0, 100, 1));
                CityWalk walk = new CityWalk(app, world, frame);
                WorkflowThroughput.Outcome outcome = new WorkflowThroughput(app).measure(walk, completions, 2, 5);
                results.add(
                        StatementCount.label(
                                "History level " + level + ": approvals per second, service layer (2 threads)",
                                outcome.appStatements()),
                        String.format(Locale.ROOT, "%.1f /s", outcome.appPerSecond()),
                        "",
                        null);
                results.add(
                        StatementCount.label(
                                "History level " + level + ": approvals per second, bare engine (2 threads)",
                                outcome.engineStatements()),
                        String.format(Locale.ROOT, "%.1f /s", outcome.enginePerSecond()),
                        "",
                        null);
            }
        }
    }
}
