package org.resilienceroadmap.portfolio;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Portfolio settings ({@code roadmap.portfolio.*}): after how many days without a sign of life (a
 * progress report, or the move to its current stage) a city counts as late, and after how many as
 * silent. The defaults give a quarterly reporter ten days' grace before it is late and a second quarter
 * before it is silent.
 */
@ConfigurationProperties("roadmap.portfolio")
public record PortfolioSettings(
        @DefaultValue("100") int lateAfterDays,
        @DefaultValue("190") int silentAfterDays) {

    public PortfolioSettings {
        if (lateAfterDays < 1 || silentAfterDays <= lateAfterDays) {
            throw new IllegalArgumentException(
                    "roadmap.portfolio: late-after-days must be 1 or more and silent-after-days larger than it");
        }
    }
}
