package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.support.FastTest;

/** The checks on what people type into a programme, without Spring: each refusal names its field. */
@FastTest
class ProgrammeRulesFastTests {

    private static void refused(Runnable check, String field) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void textIsRequiredStrippedAndBounded() {
        assertThat(ProgrammeRules.text("title", "  Resilient Balkans  ", 20)).isEqualTo("Resilient Balkans");
        refused(() -> ProgrammeRules.text("title", "   ", 20), "title");
        refused(() -> ProgrammeRules.text("title", "x".repeat(21), 20), "title");
        assertThat(ProgrammeRules.optional("donor", " ", 20)).isNull();
    }

    @Test
    void aCodeAndACurrencyHaveTheirShapes() {
        assertThat(ProgrammeRules.code("code", "EU-DRR.2026_1", ProgrammeRules.FRAMEWORK_CODE))
                .isEqualTo("EU-DRR.2026_1");
        refused(() -> ProgrammeRules.code("code", "-starts-with-dash", ProgrammeRules.FRAMEWORK_CODE), "code");
        refused(() -> ProgrammeRules.code("code", "has space", ProgrammeRules.FRAMEWORK_CODE), "code");
        refused(() -> ProgrammeRules.code("code", "x".repeat(21), ProgrammeRules.FRAMEWORK_CODE), "code");
        assertThat(ProgrammeRules.code("code", "x".repeat(64), ProgrammeRules.PROGRAMME_CODE))
                .hasSize(64);
        assertThat(ProgrammeRules.currency("currency", "eur")).isEqualTo("EUR");
        refused(() -> ProgrammeRules.currency("currency", "E1R"), "currency");
    }

    @Test
    void amountsArePositiveOrNotNegativeWithTwoDecimalsAtMost() {
        assertThat(ProgrammeRules.amount("budget", new BigDecimal("1000.50"), true))
                .isEqualByComparingTo("1000.50");
        refused(() -> ProgrammeRules.amount("budget", BigDecimal.ZERO, true), "budget");
        assertThat(ProgrammeRules.amount("spent", BigDecimal.ZERO, false)).isZero();
        refused(() -> ProgrammeRules.amount("spent", new BigDecimal("-1"), false), "spent");
        refused(() -> ProgrammeRules.amount("budget", new BigDecimal("1.005"), true), "budget");
        refused(() -> ProgrammeRules.amount("budget", new BigDecimal("1" + "0".repeat(17)), true), "budget");
        refused(() -> ProgrammeRules.amount("budget", null, true), "budget");
    }

    @Test
    void aPeriodRunsForwardAndYearsAreHistoricalOrNear() {
        ProgrammeRules.period("period", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));
        refused(() -> ProgrammeRules.period("period", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)), "period");
        refused(() -> ProgrammeRules.period("period", null, LocalDate.of(2026, 1, 1)), "period");
        assertThat(ProgrammeRules.year("baselineYear", 2020)).isEqualTo(2020);
        assertThat(ProgrammeRules.year("baselineYear", null)).isNull();
        refused(() -> ProgrammeRules.year("baselineYear", 1949), "baselineYear");
    }
}
