package org.resilienceroadmap.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table a run prints and writes: one row per figure, with its target and whether it is met. */
final class Results {

    record Row(String figure, String value, String target, Boolean met) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final PrintStream out;

    Results(PrintStream out) {
        this.out = out;
    }

    void add(String figure, String value, String target, Boolean met) {
        Row row = new Row(figure, value, target, met);
        rows.add(row);
        out.printf(
                Locale.ROOT,
                "bench: %-58s %-44s %s%n",
                figure,
                value,
                target.isEmpty() ? "" : target + (met == null ? "" : met ? "  ok" : "  MISSED"));
    }

    /** A latency row with a p95 target in milliseconds (or none when {@code targetMillis} is 0). */
    void latency(String figure, Latency latency, double targetMillis) {
        double p95 = latency.percentileMillis(95);
        add(
                figure,
                latency.summary(),
                targetMillis > 0 ? String.format(Locale.ROOT, "p95 < %.0f ms", targetMillis) : "",
                targetMillis > 0 ? p95 < targetMillis : null);
    }

    void note(String text) {
        notes.add(text);
        out.println("bench: " + text);
    }

    void write(Path file, String heading) throws IOException {
        StringBuilder md =
                new StringBuilder("# " + heading + "\n\n| Figure | Measured | Target | |\n|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ")
                    .append(row.figure())
                    .append(" | ")
                    .append(row.value())
                    .append(" | ")
                    .append(row.target())
                    .append(" | ")
                    .append(row.met() == null ? "" : row.met() ? "met" : "**missed**")
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }
}
