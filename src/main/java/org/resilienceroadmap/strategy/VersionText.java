package org.resilienceroadmap.strategy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A version as the text that is compared: its title and period, its body, then one line per
 * objective with its Essentials, hazards and findings, so a changed tie shows as a changed line.
 * Pages word the ties for their reader ({@link ObjectiveTies}); the API keeps the compact codes.
 */
final class VersionText {

    /** "E 1, 3 · H GH0101 · F 6": the ties as the API's clients read them. */
    static final Function<ObjectiveDraft, String> CODES = o -> "E "
            + o.essentials().stream().map(String::valueOf).collect(Collectors.joining(", "))
            + " · H " + String.join(", ", o.hazards())
            + " · F " + o.findingIds().stream().map(String::valueOf).collect(Collectors.joining(", "));

    private VersionText() {}

    static String of(
            String title,
            Object periodStart,
            Object periodEnd,
            String content,
            List<ObjectiveDraft> objectives,
            Function<ObjectiveDraft, String> ties) {
        StringBuilder text = new StringBuilder();
        text.append("# ")
                .append(title)
                .append('\n')
                .append(periodStart)
                .append(" – ")
                .append(periodEnd)
                .append("\n\n");
        text.append(content.strip()).append("\n\n");
        int n = 1;
        for (ObjectiveDraft o : objectives) {
            text.append(n++)
                    .append(". ")
                    .append(o.title())
                    .append(" [")
                    .append(ties.apply(o))
                    .append("]\n");
        }
        return text.toString();
    }
}
