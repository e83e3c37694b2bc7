package org.resilienceroadmap.support.node;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application as an operating-system process of its own, the way an operator runs a node:
 * {@code java -cp <the application's classpath> ResilienceRoadmapApplication} with the database in
 * {@code RR_DB_URL}, the {@code demo} profile (accounts with the password {@code demo}), its own port
 * and its own engine host name, the job executor on. Started, killed with SIGKILL and stopped with
 * SIGTERM like a real node; its output goes to {@code target/cluster-logs/<name>-<start>.log}.
 */
public final class AppNode implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(Long.getLong("rr.node.startup-seconds", 420));
    private static final int SIGKILL_EXIT = 128 + 9;
    /** Nodes still running when the test JVM ends (a failed or cancelled run) are killed with it, not left behind. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    private final String name;
    private final NodeDatabase database;
    private final List<String> settings;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int port;
    private int starts;
    private Path log;

    private AppNode(String name, NodeDatabase database, List<String> settings) {
        this.name = name;
        this.database = database;
        this.settings = settings;
    }

    /**
     * Starts a node and waits until it is ready (schema migrated, demo data loaded, job executor on).
     * {@code settings} are further {@code --name=value} arguments, e.g. a short progress-report cycle.
     */
    public static AppNode start(String name, NodeDatabase database, String... settings) {
        AppNode node = new AppNode(name, database, List.of(settings));
        node.launch();
        return node;
    }

    /** Starts the node again on the same database, on a new port, after a stop or a kill. */
    public AppNode restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch();
        return this;
    }

    /** SIGKILL, as a power cut or the OOM killer would: no shutdown hook, no commit of what is in flight. */
    public void kill() {
        process.destroyForcibly();
        int exit = waitForExit();
        if (exit != SIGKILL_EXIT) {
            throw new IllegalStateException(name + " ended with " + exit + ", not by SIGKILL (137)");
        }
    }

    /** SIGTERM: the node shuts down cleanly (the way to stop it before a backup). */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        waitForExit();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String name() {
        return name;
    }

    public NodeDatabase database() {
        return database;
    }

    public long pid() {
        return process.pid();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public NodeApi api() {
        return new NodeApi(this);
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    private void launch() {
        starts++;
        port = freePort();
        try {
            Path logs = Files.createDirectories(Path.of("target", "cluster-logs"));
            log = logs.resolve(name + "-" + starts + ".log").toAbsolutePath();
            Path workingDirectory = Files.createDirectories(Path.of("target", "cluster-data", "work-" + name));
            List<String> command = new ArrayList<>(List.of(
                    javaBinary(),
                    "-Xmx640m",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-cp",
                    applicationClasspath(),
                    "org.resilienceroadmap.ResilienceRoadmapApplication",
                    "--server.port=" + port,
                    "--spring.profiles.active=" + String.join(",", profiles()),
                    "--camunda.bpm.generic-properties.properties.hostname=" + name,
                    "--camunda.bpm.job-execution.max-wait=2000",
                    "--camunda.bpm.job-execution.wait-time-in-millis=1000"));
            command.addAll(settings);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(database.environment());
            Process started = builder.start();
            RUNNING.add(started);
            started.onExit().thenRun(() -> RUNNING.remove(started));
            process = started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    private List<String> profiles() {
        List<String> profiles = new ArrayList<>(database.profiles());
        profiles.add("demo");
        return profiles;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP);
        Instant started = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " ended during start with " + process.exitValue() + ":\n" + tail());
            }
            if (ready()) {
                System.out.printf(
                        "%s ready on port %d (pid %d, %s) after %d s%n",
                        name,
                        port,
                        process.pid(),
                        database.describe(),
                        Duration.between(started, Instant.now()).toSeconds());
                return;
            }
            sleep(1000);
        }
        close();
        throw new IllegalStateException(name + " not ready within " + STARTUP.toSeconds() + " s:\n" + tail());
    }

    private boolean ready() {
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int waitForExit() {
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
                throw new IllegalStateException(name + " did not end within 90 s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of the node's log, for a failure message. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream()
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * The application's classes and its runtime libraries, as the build lists them in
     * {@code target/runtime-classpath.txt}; where the build did not (a run from an IDE), the test's
     * classpath without the test classes.
     */
    private static String applicationClasspath() {
        Path runtime = Path.of("target", "runtime-classpath.txt");
        try {
            if (Files.exists(runtime)) {
                return Path.of("target", "classes").toAbsolutePath()
                        + File.pathSeparator
                        + Files.readString(runtime).strip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
