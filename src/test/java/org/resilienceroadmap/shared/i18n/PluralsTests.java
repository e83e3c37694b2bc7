package org.resilienceroadmap.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counted texts take the form the reader's language gives the number; lists read as words. */
class PluralsTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void russianCountsTakeOneFewOrManyByTheirLastDigits() {
        assertThat(findings(1, RUSSIAN)).isEqualTo("1 вывод");
        assertThat(findings(2, RUSSIAN)).isEqualTo("2 вывода");
        assertThat(findings(5, RUSSIAN)).isEqualTo("5 выводов");
        assertThat(findings(11, RUSSIAN)).isEqualTo("11 выводов");
        assertThat(findings(12, RUSSIAN)).isEqualTo("12 выводов");
        assertThat(findings(21, RUSSIAN)).isEqualTo("21 вывод");
        assertThat(findings(22, RUSSIAN)).isEqualTo("22 вывода");
        assertThat(findings(111, RUSSIAN)).isEqualTo("111 выводов");
    }

    @Test
    void englishCountsAreSingularForOneOnly() {
        assertThat(findings(1, Locale.ENGLISH)).isEqualTo("1 finding");
        assertThat(findings(2, Locale.ENGLISH)).isEqualTo("2 findings");
        assertThat(findings(5, Locale.ENGLISH)).isEqualTo("5 findings");
        assertThat(findings(21, Locale.ENGLISH)).isEqualTo("21 findings");
        assertThat(findings(0, Locale.ENGLISH)).isEqualTo("0 findings");
    }

    @Test
    void englishChoiceFormatsCountOneAsSingular() {
        assertThat(messages.getMessage("funding.report.headline", new Object[] {1, "EUR 5.00", 2}, Locale.ENGLISH))
                .isEqualTo("1 indicator · EUR 5.00 disbursed · 2 overdue actions");
        assertThat(messages.getMessage("funding.report.headline", new Object[] {0, "EUR 0.00", 1}, Locale.ENGLISH))
                .isEqualTo("0 indicators · EUR 0.00 disbursed · 1 overdue action");
    }

    @Test
    void listsAreWrittenWithTheReadersOr() {
        List<String> kinds = List.of("ODT", "DOCX", "PDF", "PNG", "JPEG");
        assertThat(ListWords.join(kinds, messages.getMessage("words.or", null, Locale.ENGLISH)))
                .isEqualTo("ODT, DOCX, PDF, PNG or JPEG");
        assertThat(ListWords.join(kinds, messages.getMessage("words.or", null, RUSSIAN)))
                .isEqualTo("ODT, DOCX, PDF, PNG или JPEG");
        assertThat(ListWords.join(List.of("1", "3"), "and")).isEqualTo("1 and 3");
        assertThat(ListWords.join(List.of("PDF"), "or")).isEqualTo("PDF");
        assertThat(ListWords.join(List.of(), "or")).isEmpty();
    }

    private String findings(long n, Locale locale) {
        return messages.getMessage(Plurals.key("strategy.objective.tieFindings", n, locale), new Object[] {n}, locale);
    }

    static ResourceBundleMessageSource messages() {
        // As spring.messages.* in application.properties configures the application's source.
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
