package org.resilienceroadmap.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Bundles;
import org.springframework.context.support.ResourceBundleMessageSource;

/** An objective's ties read as words, "Essentials 1 and 3 · Hazard: Flash flood · 2 findings", never "[E 1, 3 · H …]". */
class ObjectiveTiesTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ResourceBundleMessageSource messages = Bundles.messages();

    @Test
    void tiesAreWordedInEnglishWithNamesAndPlurals() {
        ObjectiveTies ties = ties(Locale.ENGLISH, Map.of("GH0101", "Flash flood", "GH0201", "Drought"));

        assertThat(ties.line(new ObjectiveDraft(null, "Warn early", List.of(1, 3), List.of("GH0101"), List.of(6L))))
                .isEqualTo("Essentials 1 and 3 · Hazard: Flash flood · 1 finding");
        assertThat(ties.line(new ObjectiveDraft(
                        null, "Warn early", List.of(2), List.of("GH0101", "GH0201"), List.of(6L, 7L))))
                .isEqualTo("Essential 2 · Hazards: Flash flood and Drought · 2 findings");
        assertThat(ties.line(new ObjectiveDraft(null, "Warn early", List.of(), List.of(), List.of())))
                .isEqualTo("not yet tied to an Essential, a hazard or a finding");
    }

    @Test
    void tiesAreWordedInRussianWithRussianPlurals() {
        ObjectiveTies ties = ties(RUSSIAN, Map.of("GH0101", "Паводок"));

        assertThat(ties.line(new ObjectiveDraft(
                        null, "Оповещение", List.of(1, 3), List.of("GH0101"), List.of(1L, 2L, 3L, 4L, 5L))))
                .isEqualTo("Принципы 1 и 3 · Опасность: Паводок · 5 выводов");
        assertThat(ties.line(new ObjectiveDraft(null, "Оповещение", List.of(4), List.of(), List.of(1L, 2L))))
                .isEqualTo("Принцип 4 · 2 вывода");
    }

    @Test
    void theComparedTextOfAVersionCarriesTheWordsNotTheCodes() {
        ObjectiveTies ties = ties(Locale.ENGLISH, Map.of("GH0101", "Flash flood"));
        String text = VersionText.of(
                "Plan",
                "2025-01-01",
                "2030-12-31",
                "Body",
                List.of(new ObjectiveDraft(null, "Warn early", List.of(1, 3), List.of("GH0101"), List.of(6L))),
                ties::line);

        assertThat(text)
                .contains("1. Warn early [Essentials 1 and 3 · Hazard: Flash flood · 1 finding]")
                .doesNotContain("E 1", " · H ", "F 6");
    }

    private ObjectiveTies ties(Locale locale, Map<String, String> hazards) {
        return new ObjectiveTies((key, args) -> messages.getMessage(key, args, locale), locale, hazards);
    }
}
