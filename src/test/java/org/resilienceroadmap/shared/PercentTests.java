package org.resilienceroadmap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.i18n.Percent;

/** One way to write a percentage per language, so a page never mixes "33.3 %" and "86,7 %". */
class PercentTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void writesPercentagesAsAnEnglishReaderDoes() {
        assertThat(Percent.format(Locale.ENGLISH, 33.3)).isEqualTo("33.3%");
        assertThat(Percent.format(Locale.ENGLISH, 86.7)).isEqualTo("86.7%");
        assertThat(Percent.format(Locale.ENGLISH, 50)).isEqualTo("50%");
    }

    @Test
    void writesPercentagesAsARussianReaderDoesWithADecimalCommaAndASpace() {
        assertThat(Percent.format(RUSSIAN, 33.3)).isEqualTo("33,3\u00a0%");
        assertThat(Percent.format(RUSSIAN, new BigDecimal("86.7"))).isEqualTo("86,7\u00a0%");
        assertThat(Percent.format(RUSSIAN, 100)).isEqualTo("100\u00a0%");
    }

    @Test
    void roundsToOneDecimalAndSaysNothingScoredAsADash() {
        assertThat(Percent.format(Locale.ENGLISH, 66.666)).isEqualTo("66.7%");
        assertThat(Percent.format(RUSSIAN, null)).isEqualTo("—");
    }
}
