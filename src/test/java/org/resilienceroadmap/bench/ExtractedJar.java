package org.resilienceroadmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The production jar deployed as README's "Running in production" says: extracted
 * ({@code java -Djarmode=tools -jar … extract}) and started with a class data sharing archive that one
 * training run wrote ({@code -XX:ArchiveClassesAtExit}, the run ending once the context is refreshed).
 */
final class ExtractedJar {

    private final Path extracted;
    private final Path archive;

    private ExtractedJar(Path extracted, Path archive) {
        this.extracted = extracted;
        this.archive = archive;
    }

    /** Extracts the jar under {@code dir} and makes the archive with a training run on {@code db}. */
    static ExtractedJar prepare(Path jar, BenchDatabase db, Path dir) throws Exception {
        Path app = dir.resolve("app");
        Files.createDirectories(dir);
        run(
                dir.resolve("extract.log"),
                List.of(
                        JarNode.java(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--force",
                        "--destination",
                        app.toString()));
        Path extracted = app.resolve(jar.getFileName());
        Path archive = dir.resolve("app.jsa");
        List<String> training = new ArrayList<>(List.of(
                JarNode.java(),
                "-Xmx1g",
                "-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh",
                "-jar",
                extracted.toString()));
        training.addAll(JarNode.arguments(db, JarNode.freePort(), false));
        run(dir.resolve("training.log"), training);
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the training run wrote no archive; see " + dir.resolve("training.log"));
        }
        return new ExtractedJar(extracted, archive);
    }

    /** The launch options of a node started this way. */
    List<String> launch() {
        return List.of("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString());
    }

    private static void run(Path log, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " ended with " + exit + "; see " + log);
        }
    }
}
