package org.resilienceroadmap.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.Bundles;

/**
 * Serbian in Latin script is the third language: every way its tag is written finds it, its bundle
 * (messages_sr_Latn) answers, and numbers, days and counted texts follow Serbian usage.
 */
class SerbianLanguageTests {

    private final MessageBundleI18NProvider provider = new MessageBundleI18NProvider(Bundles.messages());

    @Test
    void everySpellingOfTheSerbianTagFindsSerbianInLatinScript() {
        for (String tag : new String[] {"sr", "sr-Latn", "sr_Latn", "sr-Latn-RS", "SR-latn", " sr "}) {
            assertThat(Languages.of(tag)).as(tag).isEqualTo(Languages.SERBIAN);
        }
        assertThat(Languages.SERBIAN.getScript()).isEqualTo("Latn");
        assertThat(Languages.tag(Languages.SERBIAN)).isEqualTo("sr-Latn").hasSizeLessThanOrEqualTo(8);
        assertThat(Languages.tag(Locale.forLanguageTag("sr"))).isEqualTo("sr-Latn");
        assertThat(Languages.tags()).containsExactly("en", "ru", "sr-Latn");
        assertThat(Languages.of("ru")).isEqualTo(Languages.RUSSIAN);
        assertThat(Languages.of("de")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.of(null)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.nameKey(Languages.SERBIAN)).isEqualTo("language.sr");
    }

    @Test
    void vaadinReadsTheSerbianBundleForSerbianInLatinScript() {
        assertThat(provider.getProvidedLocales()).contains(Languages.SERBIAN);
        assertThat(provider.getTranslation("login.title", Languages.SERBIAN)).isEqualTo("Prijava");
        assertThat(provider.getTranslation("app.name", Languages.SERBIAN)).isEqualTo("Mapa puta otpornosti");
        assertThat(provider.getTranslation("home.welcome", Languages.SERBIAN, "Milica"))
                .isEqualTo("Dobro došli, Milica");
        assertThat(provider.getTranslation("report.pdf.section.funnel", Languages.SERBIAN))
                .isEqualTo("Napredak po fazama mape puta");
        // A locale the application makes from a stored "sr" is the same Serbian.
        assertThat(provider.getTranslation("login.title", Languages.of("sr"))).isEqualTo("Prijava");
        assertThat(provider.getTranslation("login.title", Locale.ENGLISH)).isEqualTo("Sign in");
    }

    @Test
    void eachLanguageIsNamedInItself() {
        for (Locale reader : Languages.SUPPORTED) {
            assertThat(Languages.SUPPORTED.stream().map(l -> provider.getTranslation(Languages.nameKey(l), reader)))
                    .as("as " + reader + " reads them")
                    .containsExactly("English", "Русский", "Srpski");
        }
    }

    @Test
    void serbianNumbersDaysAndPercentagesFollowSerbianUsage() {
        assertThat(Percent.format(Languages.SERBIAN, 33.333)).isEqualTo("33,3%");
        assertThat(Days.format(Languages.SERBIAN, LocalDate.of(2026, 12, 5))).isEqualTo("05.12.2026.");
        assertThat(java.text.NumberFormat.getNumberInstance(Languages.SERBIAN).format(3750000.5))
                .isEqualTo("3.750.000,5");
    }

    @Test
    void serbianCountsTakeOneFewOrManyByTheirLastDigits() {
        assertThat(findings(1)).isEqualTo("1 nalaz");
        assertThat(findings(2)).isEqualTo("2 nalaza");
        assertThat(findings(4)).isEqualTo("4 nalaza");
        assertThat(findings(5)).isEqualTo("5 nalaza");
        assertThat(findings(11)).isEqualTo("11 nalaza");
        assertThat(findings(21)).isEqualTo("21 nalaz");
        assertThat(Plurals.key("x", 22, Languages.SERBIAN)).isEqualTo("x.few");
        assertThat(Plurals.key("x", 12, Languages.SERBIAN)).isEqualTo("x.many");
    }

    private String findings(long n) {
        return provider.getTranslation(
                Plurals.key("strategy.objective.tieFindings", n, Languages.SERBIAN), Languages.SERBIAN, n);
    }
}
