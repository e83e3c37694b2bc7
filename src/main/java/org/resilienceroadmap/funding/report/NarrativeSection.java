package org.resilienceroadmap.funding.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The coordinator's narrative, as typed: paragraphs are separated by blank lines, and a line that
 * starts with {@code #} is a subheading. Nothing else is interpreted, so no markup can surprise.
 */
final class NarrativeSection {

    private final ReportDocument document;

    NarrativeSection(ReportDocument document) {
        this.document = document;
    }

    void write(String narrative) {
        document.heading("section.narrative");
        if (narrative == null || narrative.isBlank()) {
            document.none("narrative");
            return;
        }
        for (String block : narrative.strip().split("\\R\\s*\\R")) {
            List<String> lines = new ArrayList<>();
            for (String line : block.strip().split("\\R")) {
                if (line.strip().startsWith("#")) {
                    flush(lines);
                    String subheading = line.strip().replaceFirst("^#+\\s*", "");
                    if (!subheading.isEmpty()) {
                        document.subheading(subheading);
                    }
                } else {
                    lines.add(line.strip());
                }
            }
            flush(lines);
        }
    }

    /** Prints the lines gathered so far as one paragraph, keeping the author's line breaks. */
    private void flush(List<String> lines) {
        if (!lines.isEmpty()) {
            document.paragraph(String.join("\n", lines));
            lines.clear();
        }
    }
}
