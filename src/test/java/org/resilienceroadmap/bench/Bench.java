package org.resilienceroadmap.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.resilienceroadmap.ResilienceRoadmapApplication;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The scale data generator and the benchmarks, one entry point ({@code mvn -P bench verify}, see
 * docs/BENCHMARKS.md). Arguments {@code --name=value}:
 * <ul>
 * <li>{@code task}: {@code generate} (fill the database only), {@code reads} (fill what is missing, then
 * measure the read latencies only), {@code throughput} (the same, the bulk approval and approvals per second only),
 * {@code bulk} (the bulk approval only), {@code pages} (the pages and the memory per session only) or {@code all}
 * (fill what is missing, then measure everything; the default);</li>
 * <li>{@code db}: JDBC URL (default the local PostgreSQL database {@code rr_bench}); {@code fresh}:
 * {@code true} drops it first;</li>
 * <li>{@code cities} (2000), {@code actions} per city (200), {@code cities-per-country} (100),
 * {@code threads} of the generator (3);</li>
 * <li>{@code completions}: approvals each way for the throughput (1000, in five alternating rounds);
 * {@code bulk}: tasks of the bulk approval (200);</li>
 * <li>{@code jar}: the production jar for start-up and HTTP figures; {@code out}: where the table goes
 * (target/bench/results.md);</li>
 * <li>{@code pages}: words of the pages' names to time, separated by commas (all pages when left out);
 * {@code sessions}: sign-ins of the memory per session (100; 0 leaves it out of a pages run).</li>
 * </ul>
 * With {@code -Dbench.list-statements=true} every counted operation also prints its SQL statements and
 * how often each ran.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String url = options.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/rr_bench");
        BenchDatabase db = new BenchDatabase(
                url,
                options.getOrDefault("db-user", url.startsWith("jdbc:postgresql:") ? "postgres" : "sa"),
                options.getOrDefault("db-password", ""));
        ScaleSettings scale = new ScaleSettings(
                integer(options, "cities", 2000),
                integer(options, "actions", 200),
                integer(options, "cities-per-country", 100),
                integer(options, "threads", 3));
        String task = options.getOrDefault("task", "all");
        if (task.equals("history")) {
            Results results = new Results(out);
            new HistoryLevels(db, out).measure(results, integer(options, "completions", 600));
            results.write(Path.of(options.getOrDefault("out", "target/bench/results.md")), "Engine history levels");
            return;
        }
        db.prepare(Boolean.parseBoolean(options.getOrDefault("fresh", "false")));
        out.printf("bench: %s on %s, %d cities x %d actions%n", task, db.url(), scale.cities(), scale.actionsPerCity());
        try (ConfigurableApplicationContext app = boot(db, true)) {
            ScaleDataGenerator.Outcome generated = new ScaleDataGenerator(app, out).generate(scale);
            out.printf(
                    "generate: done, %d cities walked, %d there already, %,d actions in %s%n",
                    generated.walked(), generated.skipped(), generated.actions(), generated.took());
        }
        if (task.equals("generate")) {
            return;
        }
        Path file = Path.of(options.getOrDefault("out", "target/bench/results.md"));
        Results results = new Results(out);
        int rounds = integer(options, "rounds", 200);
        Long programmeId;
        Map<String, Long> cityIds = new HashMap<>();
        PageTimings.Subjects subjects;
        CityWalk.ScoringCity scoring;
        try (ConfigurableApplicationContext app = boot(db, false)) {
            ScaleWorld world = new ScaleWorld(app);
            ScaleWorld.Frame frame = world.build(scale);
            programmeId = frame.programmeId();
            new Statistics(app).settle();
            JurisdictionDirectory jurisdictions = app.getBean(JurisdictionDirectory.class);
            for (int n = 1; n <= scale.cities(); n++) {
                String code = ScaleNames.city(scale.countryOf(n), n);
                jurisdictions.findByCode(code).ifPresent(j -> cityIds.put(code, j.getId()));
            }
            if (task.equals("all") || task.equals("reads")) {
                results.note(String.format(
                        Locale.ROOT,
                        "Data: %,d cities, %,d actions, %,d running process instances, "
                                + "%,d open tasks, %,d jobs, %,d historic activity instances",
                        cityIds.size(),
                        count(app, "action"),
                        count(app, "act_ru_execution where id_ = proc_inst_id_"),
                        count(app, "act_ru_task"),
                        count(app, "act_ru_job"),
                        count(app, "act_hi_actinst")));
                new QueryLatency(app, scale, Math.max(10, rounds / 10), rounds).measure(results, programmeId);
                HttpLoad local = new HttpLoad(
                        Integer.parseInt(app.getEnvironment().getProperty("local.server.port")),
                        scale,
                        programmeId,
                        cityIds);
                results.latency(
                        "GET /api/v1/tasks (a member, one request at a time)",
                        local.serial(ScaleNames.member(ScaleNames.city(1, 1)), "/api/v1/tasks", rounds / 10, rounds),
                        100);
                results.latency(
                        "GET /api/v1/programmes/{id}/indicators (the donor, one at a time)",
                        local.serial(
                                ScaleNames.DONOR,
                                "/api/v1/programmes/" + programmeId + "/indicators?page=0&size=50",
                                rounds / 10,
                                rounds),
                        100);
                results.latency(
                        "GET /api/v1/portfolio?size=25 (the regional coordinator's first page, one at a time)",
                        local.serial(ScaleNames.REGION_COORDINATOR, "/api/v1/portfolio?size=25", rounds / 10, rounds),
                        150);
                if (task.equals("reads")) {
                    results.write(
                            file,
                            "Read latencies: " + scale.cities() + " cities x " + scale.actionsPerCity() + " actions on "
                                    + db.url());
                    return;
                }
            }
            CityWalk walk = new CityWalk(app, world, frame);
            if (task.equals("load")) {
                subjects = null;
                scoring = null;
            } else if (task.equals("ui") || task.equals("pages")) {
                subjects = subjects(app, cityIds, programmeId);
                scoring = walk.scoring("SC-WS-" + System.currentTimeMillis() / 1000, 1, 40);
            } else {
                int bulkTasks = integer(options, "bulk", 200);
                BulkApproval.Outcome bulk = new BulkApproval(app).measure(walk, bulkTasks);
                results.add(
                        "Bulk approval of " + bulk.tasks() + " tasks, one request (BulkDecisions: each its own "
                                + "transaction, audit record and notice; " + bulk.approved() + " approved)",
                        String.format(Locale.ROOT, "%.1f s", bulk.seconds()),
                        "< 10 s",
                        bulk.seconds() < 10 && bulk.approved() == bulk.tasks());
                if (task.equals("bulk")) {
                    results.write(file, "Bulk approval on " + db.url());
                    return;
                }
                WorkflowThroughput.Outcome throughput =
                        new WorkflowThroughput(app).measure(walk, integer(options, "completions", 1000), 2, 5);
                results.add(
                        StatementCount.label(
                                "Approvals per second, service layer (TaskInbox.complete, 2 threads)",
                                throughput.appStatements()),
                        String.format(Locale.ROOT, "%.1f /s", throughput.appPerSecond()),
                        "",
                        null);
                results.add(
                        StatementCount.label(
                                "Approvals per second, bare engine (TaskService.complete, 2 threads)",
                                throughput.engineStatements()),
                        String.format(Locale.ROOT, "%.1f /s", throughput.enginePerSecond()),
                        "",
                        null);
                results.add(
                        "Service layer overhead over the bare engine",
                        String.format(Locale.ROOT, "%.1f %%", throughput.overheadPercent()),
                        "< 20 %",
                        throughput.overheadPercent() < 20);
                if (task.equals("throughput")) {
                    results.write(file, "Workflow throughput on " + db.url());
                    return;
                }
                subjects = subjects(app, cityIds, programmeId);
                scoring = walk.scoring("SC-WS-" + System.currentTimeMillis() / 1000, 1, 40);
            }
        }
        Path jar = Path.of(options.getOrDefault("jar", "target/resilience-roadmap.jar"));
        if (Files.exists(jar)) {
            measureJar(
                    jar,
                    db,
                    scale,
                    programmeId,
                    cityIds,
                    subjects,
                    scoring,
                    task.equals("all"),
                    task.equals("pages"),
                    results,
                    integer(options, "clients", 8),
                    Duration.ofSeconds(integer(options, "seconds", 60)),
                    options.getOrDefault("pages", ""),
                    integer(options, "sessions", 100));
        } else {
            results.note("No production jar at " + jar + ": start-up, memory and HTTP load not measured "
                    + "(mvn -P production package builds it)");
        }
        results.write(
                file,
                "Benchmark results: " + scale.cities() + " cities x " + scale.actionsPerCity() + " actions on "
                        + db.url());
        out.println("bench: results written to " + file);
    }

    private static void measureJar(
            Path jar,
            BenchDatabase db,
            ScaleSettings scale,
            Long programmeId,
            Map<String, Long> cityIds,
            PageTimings.Subjects subjects,
            CityWalk.ScoringCity scoring,
            boolean startUp,
            boolean pagesOnly,
            Results results,
            int clients,
            Duration duration,
            String pages,
            int sessions)
            throws Exception {
        if (startUp) {
            startUp(jar, db, results);
        }
        try (JarNode node = JarNode.start(jar, db, "jar-scale", "1g", true)) {
            results.add("Start-up at scale, plain java -jar", seconds(node.startSeconds()), "", null);
            if (pagesOnly) {
                new PageTimings(node.port(), scale, subjects).measure(results, 5, 30, pages);
                if (sessions > 0) {
                    new SessionMemory(node, scale).measure(results, sessions);
                }
                return;
            }
            HttpLoad load = new HttpLoad(node.port(), scale, programmeId, cityIds);
            results.latency(
                    "GET /api/v1/programmes/{id}/dashboard (the donor's whole dashboard, one at a time)",
                    load.serial(ScaleNames.DONOR, "/api/v1/programmes/" + programmeId + "/dashboard", 20, 200),
                    100);
            load.run(clients, Duration.ofSeconds(10));
            HttpLoad.Outcome steady = load.run(clients, duration);
            boolean steadyMet = steady.requestsPerSecond() >= 150
                    && steady.all().percentileMillis(95) < 150
                    && steady.errors() == 0;
            loadRows(results, clients, duration, steady, ">= 150 requests/s, p95 < 150 ms, 0 errors", steadyMet);
            HttpLoad.Outcome peak = load.run(4 * clients, duration);
            boolean peakMet = peak.errors() == 0 && peak.all().percentileMillis(99) < 1000;
            loadRows(results, 4 * clients, duration, peak, "0 errors, p99 < 1 s", peakMet);
            if (scoring == null) {
                return;
            }
            Workshop.Outcome workshop =
                    new Workshop(node.port(), scoring).run(duration, assessmentId -> stored(db, assessmentId));
            if (workshop.firstError() != null) {
                results.note("Scoring workshop, the first refused save: " + workshop.firstError());
            }
            results.add(
                    "Scoring workshop: " + scoring.members().size() + " people saving answers to one assessment for "
                            + duration.toSeconds() + " s",
                    String.format(
                            Locale.ROOT,
                            "%s, %d errors; %d questions: %d lost, %d doubled",
                            workshop.saves().summary(),
                            workshop.errors(),
                            workshop.questions(),
                            workshop.lost(),
                            workshop.doubled()),
                    "p95 < 100 ms, none lost or doubled",
                    workshop.saves().percentileMillis(95) < 100
                            && workshop.errors() == 0
                            && workshop.lost() == 0
                            && workshop.doubled() == 0);
            new PageTimings(node.port(), scale, subjects).measure(results, 5, 30, pages);
            new SessionMemory(node, scale).measure(results, sessions);
            results.add("Memory at scale, after the load", memory(node), "heap < 1 GiB", node.heapUsedMiB() < 1024);
        }
    }

    /** Start-up on an empty database and at scale, plain and the way README deploys the jar. */
    private static void startUp(Path jar, BenchDatabase db, Results results) throws Exception {
        BenchDatabase empty = new BenchDatabase(
                db.isPostgres()
                        ? db.url().replace("/" + db.name(), "/rr_bench_empty")
                        : "jdbc:h2:file:./target/bench/empty;WRITE_DELAY=0",
                db.user(),
                db.password());
        if (empty.isPostgres()) {
            empty.prepare(true);
        }
        try (JarNode first = JarNode.start(jar, empty, "jar-empty-first", "1g", false)) {
            results.add("Start-up, empty database, first start (schema made)", seconds(first.startSeconds()), "", null);
        }
        try (JarNode node = JarNode.start(jar, empty, "jar-empty", "1g", false)) {
            results.add("Start-up, empty database, plain java -jar", seconds(node.startSeconds()), "", null);
            results.add("Memory, empty database, idle", memory(node), "heap < 1 GiB", node.heapUsedMiB() < 1024);
        }
        // The way README deploys it: extracted, with a class data sharing archive from one training run.
        ExtractedJar deployed = ExtractedJar.prepare(jar, empty, Path.of("target/bench/deployed"));
        try (JarNode node = JarNode.start(deployed.launch(), empty, "jar-empty-deployed", "1g", false)) {
            results.add(
                    "Start-up, empty database, deployed (extracted, CDS archive)",
                    seconds(node.startSeconds()),
                    "< 20 s",
                    node.startSeconds() < 20);
        }
        try (JarNode node = JarNode.start(deployed.launch(), db, "jar-scale-deployed", "1g", true)) {
            results.add(
                    "Start-up at scale, deployed (extracted, CDS archive)",
                    seconds(node.startSeconds()),
                    "< 20 s",
                    node.startSeconds() < 20);
        }
    }

    private static void loadRows(
            Results results, int clients, Duration duration, HttpLoad.Outcome outcome, String target, boolean met) {
        results.add(
                "HTTP read mix under load (" + clients + " clients, " + duration.toSeconds() + " s, -Xmx1g)",
                String.format(
                        Locale.ROOT,
                        "%.0f requests/s, %s, %d errors",
                        outcome.requestsPerSecond(),
                        outcome.all().summary(),
                        outcome.errors()),
                target,
                met);
        outcome.byEndpoint()
                .forEach((endpoint, latency) -> results.latency("  " + clients + " clients: " + endpoint, latency, 0));
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }

    private static String memory(JarNode node) throws Exception {
        return String.format(
                Locale.ROOT,
                "heap %.0f MiB used after GC (of -Xmx1g), resident %.0f MiB",
                node.heapUsedMiB(),
                node.residentMiB());
    }

    /** A city of the world (the first), its newest assessment and strategy, and the programme: what the pages open. */
    private static PageTimings.Subjects subjects(
            ConfigurableApplicationContext app, Map<String, Long> cityIds, Long programmeId) {
        var jdbc = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        Long city = cityIds.values().stream().min(Long::compare).orElseThrow();
        return new PageTimings.Subjects(
                city,
                jdbc.queryForObject("select max(id) from assessment where jurisdiction_id = ?", Long.class, city),
                jdbc.queryForObject("select max(id) from strategy where jurisdiction_id = ?", Long.class, city),
                programmeId);
    }

    /** Each question's answers as stored: how many rows, and the note of the newest. */
    private static Map<String, Workshop.Stored.Row> stored(BenchDatabase db, Long assessmentId) {
        Map<String, Workshop.Stored.Row> rows = new HashMap<>();
        try (var connection = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
                var query = connection.prepareStatement("select question_code, count(*), max(comment) "
                        + "from assessment_answer where assessment_id = ? group by question_code")) {
            query.setLong(1, assessmentId);
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), new Workshop.Stored.Row(result.getLong(2), result.getString(3)));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static long count(ConfigurableApplicationContext app, String from) {
        Long n = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select count(*) from " + from, Long.class);
        return n == null ? 0 : n;
    }

    /** The application in this JVM on the given database, with the demo accounts (admin among them). */
    static ConfigurableApplicationContext boot(BenchDatabase db, boolean jobExecutor, String... more) {
        List<String> profiles = new ArrayList<>(List.of("demo"));
        if (db.isPostgres()) {
            profiles.add(0, "postgres");
        }
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--camunda.bpm.job-execution.enabled=" + jobExecutor));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(ResilienceRoadmapApplication.class)
                .profiles(profiles.toArray(String[]::new))
                // As arguments: they outrank the profiles' settings, as on a node's command line.
                .run(arguments.toArray(String[]::new));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, not " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static int integer(Map<String, String> options, String name, int otherwise) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : otherwise;
    }
}
