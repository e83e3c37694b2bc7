package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Bundles;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A donor reads each recent decision as a sentence of their language: who, what, about which subject. */
class DecisionWordsTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** An audit code such as "roadmap:Task_StageBGate" or "action:approve". */
    private static final String CODE = "[a-z-]+:[A-Za-z_]";

    private static final Instant AT = Instant.parse("2025-03-20T10:15:00Z");

    private final ResourceBundleMessageSource messages = Bundles.messages();

    @Test
    void aStageGateReadsAsTheStageApprovedForTheCity() {
        DecisionLine d = new DecisionLine(
                AT,
                "coordinator.tj",
                "roadmap:Task_StageBGate",
                "approve",
                "JURISDICTION",
                "12",
                "Dushanbe",
                null,
                "Farrukh Nazarov",
                null,
                "jurisdictions/12");

        assertThat(words(Locale.ENGLISH).who(d)).isEqualTo("Farrukh Nazarov");
        DecisionWords.Sentence english = words(Locale.ENGLISH).what(d);
        assertThat(english.text()).isEqualTo("Approved stage B, Plan Better, for Dushanbe");
        assertThat(english.subject()).isEqualTo("Dushanbe");
        assertThat(english.page()).isEqualTo("jurisdictions/12");
        assertThat(words(RUSSIAN).what(d).text())
                .as("compiled before Russian names were kept")
                .isEqualTo("Утверждён этап B «Планировать лучше»: Dushanbe");

        DecisionLine named = new DecisionLine(
                AT,
                "coordinator.tj",
                "roadmap:Task_StageBGate",
                "approve",
                "JURISDICTION",
                "12",
                "Dushanbe",
                null,
                "Farrukh Nazarov",
                null,
                "jurisdictions/12",
                "Душанбе");
        assertThat(words(RUSSIAN).what(named).text()).isEqualTo("Утверждён этап B «Планировать лучше»: Душанбе");
        assertThat(named.jurisdiction(RUSSIAN)).isEqualTo("Душанбе");
        assertThat(words(Locale.ENGLISH).what(named).text()).isEqualTo("Approved stage B, Plan Better, for Dushanbe");
        assertThat(named.jurisdiction(Locale.ENGLISH)).isEqualTo("Dushanbe");
    }

    @Test
    void anActionDecisionNamesTheActionByItsTitle() {
        DecisionLine d = new DecisionLine(
                AT,
                "coordinator.rs",
                "action:approve",
                "APPROVED",
                "ACTION",
                "5",
                "Kraljevo",
                "Go ahead",
                "Milica Jovanović",
                "Flood early warning for the Ibar",
                "actions/5");

        assertThat(words(Locale.ENGLISH).what(d).text())
                .isEqualTo("Approved the action “Flood early warning for the Ibar”");
        assertThat(words(RUSSIAN).what(d).text()).isEqualTo("Действие «Flood early warning for the Ibar» одобрено");
        assertThat(words(Locale.ENGLISH).what(d).page()).isEqualTo("actions/5");
        assertThat(words(Locale.ENGLISH).comment(d)).as("what the person wrote").isEqualTo("Go ahead");
    }

    @Test
    void aSystemStepIsAutomaticNeverTheAccountName() {
        for (String system : new String[] {"engine", "roadmap", null}) {
            DecisionLine d = new DecisionLine(
                    AT,
                    system,
                    "action:overdue",
                    "IN_PROGRESS",
                    "ACTION",
                    "5",
                    "Kraljevo",
                    "due 2025-02-28",
                    null,
                    "School retrofit",
                    "actions/5");
            assertThat(words(Locale.ENGLISH).who(d)).isEqualTo("Automatically");
            assertThat(words(RUSSIAN).who(d)).isEqualTo("Автоматически");
            assertThat(words(Locale.ENGLISH).what(d).text()).isEqualTo("The action “School retrofit” became overdue");
            assertThat(words(Locale.ENGLISH).comment(d))
                    .as("the engine's own English note")
                    .isEmpty();
        }
    }

    @Test
    void anUnknownDecisionFallsBackToAPlainSentenceWithoutCodes() {
        DecisionLine withOutcome = new DecisionLine(
                AT,
                "x",
                "strategy-review:Task_Something",
                "approve",
                "STRATEGY",
                "7",
                "Kraljevo",
                null,
                "Ana Petrović",
                "Kraljevo plan",
                "strategies/7");
        DecisionLine bare = new DecisionLine(
                AT, "x", "something:new", "WHATEVER", "THING", "1", "Kraljevo", null, null, null, null);

        assertThat(words(Locale.ENGLISH).what(withOutcome).text()).isEqualTo("Decided “Approve” on Kraljevo plan");
        assertThat(words(RUSSIAN).what(withOutcome).text()).isEqualTo("Решение «Утвердить»: Kraljevo plan");
        assertThat(words(Locale.ENGLISH).what(bare).text()).isEqualTo("Decided on Kraljevo");
        assertThat(words(Locale.ENGLISH).who(bare)).isEqualTo("A former user");
        for (DecisionLine d : new DecisionLine[] {withOutcome, bare}) {
            assertThat(words(Locale.ENGLISH).what(d).text())
                    .doesNotContain("→", "WHATEVER", "Task_")
                    .doesNotContainPattern(CODE);
        }
    }

    @Test
    void everySentenceAndOutcomeIsInBothBundles() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, RUSSIAN}) {
            for (String key : DecisionWords.SENTENCES) {
                assertThat(message(key, locale))
                        .as(key)
                        .contains("{0}")
                        .doesNotContain("→", "Task_")
                        .doesNotContainPattern(CODE);
            }
            for (String outcome : DecisionWords.OUTCOMES) {
                assertThat(message("outcome." + outcome, locale)).as(outcome).isNotBlank();
            }
        }
    }

    /** The pattern as written, or a failure naming the missing key. */
    private String message(String key, Locale locale) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException e) {
            throw new AssertionError(key + " is missing for " + locale, e);
        }
    }

    private DecisionWords words(Locale locale) {
        return new DecisionWords((key, args) -> messages.getMessage(key, args, locale), locale);
    }
}
