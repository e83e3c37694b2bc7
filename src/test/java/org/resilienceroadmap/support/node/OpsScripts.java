package org.resilienceroadmap.support.node;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code ops/backup.sh} and {@code ops/restore.sh} as an operator would, with the H2 jar the application uses. */
public final class OpsScripts {

    private OpsScripts() {}

    public static void backup(NodeDatabase database, Path file) {
        int exit = run("ops/backup.sh", database.kind(), database.location(), file.toString());
        if (exit != 0) {
            throw new IllegalStateException("ops/backup.sh failed with " + exit);
        }
    }

    /** Whether {@code ops/backup.sh} refuses the database (as it must while a node has it open). */
    public static boolean backupRefused(NodeDatabase database, Path file) {
        return run("ops/backup.sh", database.kind(), database.location(), file.toString()) != 0;
    }

    public static void restore(Path file, NodeDatabase target) {
        int exit = run("ops/restore.sh", target.kind(), file.toString(), target.location());
        if (exit != 0) {
            throw new IllegalStateException("ops/restore.sh failed with " + exit);
        }
    }

    private static int run(String script, String... arguments) {
        try {
            Path output = Files.createTempFile(Path.of("target"), "ops-", ".log");
            List<String> command = new java.util.ArrayList<>(List.of("bash", script));
            command.addAll(List.of(arguments));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(PostgresDatabase.libpqEnvironment());
            builder.environment().put("H2_JAR", h2Jar());
            Process process = builder.start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not end within 300 s");
            }
            String said = Files.readString(output);
            System.out.printf("%s %s (exit %d):%n%s", script, String.join(" ", arguments), process.exitValue(), said);
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The H2 jar on the application's classpath: the tool must be the version that wrote the file. */
    static String h2Jar() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> Path.of(entry).getFileName().toString().matches("h2-[0-9.]+\\.jar"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No H2 jar on the classpath"));
    }
}
