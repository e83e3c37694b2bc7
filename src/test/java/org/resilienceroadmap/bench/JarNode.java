package org.resilienceroadmap.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar as an operator starts it ({@code java -Xmx1g -jar resilience-roadmap.jar}), on the
 * bench database: how long until it answers ready, how much memory it holds (resident set from
 * {@code /proc}, heap from {@code jcmd GC.heap_info}), and a port for the HTTP load.
 */
final class JarNode implements AutoCloseable {

    private final Process process;
    private final int port;
    private final double startSeconds;
    private final Path log;

    private JarNode(Process process, int port, double startSeconds, Path log) {
        this.process = process;
        this.port = port;
        this.startSeconds = startSeconds;
        this.log = log;
    }

    static JarNode start(Path jar, BenchDatabase db, String name, String heap, boolean demo) throws Exception {
        return start(List.of("-jar", jar.toString()), db, name, heap, demo);
    }

    /** {@code launch}: what follows the heap option on the command line, up to the jar's own arguments. */
    static JarNode start(List<String> launch, BenchDatabase db, String name, String heap, boolean demo)
            throws Exception {
        int port = freePort();
        Path log = Path.of("target/bench/" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap));
        // -Dbench.node-options="-XX:StartFlightRecording=…": options for the node's JVM, e.g. to profile it.
        String options = System.getProperty("bench.node-options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(launch);
        command.addAll(arguments(db, port, demo));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("RR_ADMIN_PASSWORD", ScaleNames.PASSWORD);
        long started = System.nanoTime();
        Process process = builder.start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() - started > Duration.ofMinutes(10).toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " not ready after 10 minutes; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return new JarNode(process, port, (System.nanoTime() - started) / 1e9, log);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static List<String> arguments(BenchDatabase db, int port, boolean demo) {
        return List.of(
                "--server.port=" + port,
                "--spring.profiles.active=" + (db.isPostgres() ? "postgres" : "default") + (demo ? ",demo" : ""),
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password());
    }

    int port() {
        return port;
    }

    double startSeconds() {
        return startSeconds;
    }

    /** The resident set size in MiB, as the kernel counts it. */
    double residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** The heap in use after a full collection, in MiB ({@code jcmd GC.run}, then {@code GC.heap_info}). */
    double heapUsedMiB() throws Exception {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
    }

    private String jcmd(String command) throws Exception {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(process.pid()),
                        command)
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
