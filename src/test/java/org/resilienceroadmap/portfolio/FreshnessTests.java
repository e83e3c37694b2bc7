package org.resilienceroadmap.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.FastTest;

/** The freshness thresholds, at and either side of each. */
@FastTest
class FreshnessTests {

    private final PortfolioSettings settings = new PortfolioSettings(100, 190);
    private final LocalDate today = LocalDate.of(2026, 12, 6);

    private Freshness daysAgo(int days) {
        return Freshness.of(today.minusDays(days), today, settings);
    }

    @Test
    void isCurrentUpToTheLateThresholdLateUpToTheSilentOneThenSilent() {
        assertThat(daysAgo(0)).isEqualTo(Freshness.CURRENT);
        assertThat(daysAgo(100)).isEqualTo(Freshness.CURRENT);
        assertThat(daysAgo(101)).isEqualTo(Freshness.LATE);
        assertThat(daysAgo(190)).isEqualTo(Freshness.LATE);
        assertThat(daysAgo(191)).isEqualTo(Freshness.SILENT);
        assertThat(Freshness.of(null, today, settings)).isEqualTo(Freshness.SILENT);
    }

    @Test
    void theNewerOfTheLastReportAndTheStageEntryCounts() {
        LocalDate stage = today.minusDays(300);
        LocalDate report = today.minusDays(5);
        assertThat(Standing.lastSign(stage, report)).isEqualTo(report);
        assertThat(Standing.lastSign(report, stage)).isEqualTo(report);
        assertThat(Standing.lastSign(null, report)).isEqualTo(report);
        assertThat(Standing.lastSign(stage, null)).isEqualTo(stage);
    }

    @Test
    void refusesASilentThresholdNotAfterTheLateOne() {
        assertThatThrownBy(() -> new PortfolioSettings(100, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
