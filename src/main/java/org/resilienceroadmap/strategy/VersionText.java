package org.resilienceroadmap.strategy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A version as the text that is compared: its title and period, its body, then one line per
 * objective with its Essentials, hazards and findings, so a changed tie shows as a changed line.
 */
final class VersionText {

    private VersionText() {
    }

    static String of(String title, Object periodStart, Object periodEnd, String content, List<ObjectiveDraft> objectives) {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(title).append('\n').append(periodStart).append(" – ").append(periodEnd).append("\n\n");
        text.append(content.strip()).append("\n\n");
        int n = 1;
        for (ObjectiveDraft o : objectives) {
            text.append(n++).append(". ").append(o.title())
                    .append(" [E ").append(o.essentials().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append(" · H ").append(String.join(", ", o.hazards()))
                    .append(" · F ").append(o.findingIds().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append("]\n");
        }
        return text.toString();
    }
}
