package org.resilienceroadmap.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.support.FastTest;

/**
 * The strategy's own rules without Spring: which states allow editing, each review step only from
 * its state, the editors becoming a version's authors (the roadmap is no author), a version decided once,
 * four-eyes by authorship.
 */
@FastTest
class StrategyRulesFastTests {

    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2030, 12, 31);

    private static Strategy drafted() {
        Strategy strategy = new Strategy(3L, "Resilient Pirot", START, END, "chair", AT);
        strategy.editDraft("Resilient Pirot 2026", START, END, "text", "member", AT);
        return strategy;
    }

    @Test
    void theEditorsOfTheDraftAreKeptOnceEachInOrder() {
        Strategy strategy = drafted();
        strategy.editDraft("Resilient Pirot 2026", START, END, "more", "chair", AT);
        assertThat(strategy.getEditors()).containsExactly("chair", "member");
        assertThat(Strategy.openedBy(3L, "t", START, END, "coordinator", AT).getEditors())
                .isEmpty();
        assertThat(new Strategy(3L, "t", START, END, "roadmap", AT).getEditors())
                .as("a system actor")
                .isEmpty();
    }

    @Test
    void aSubmittedDraftCannotBeEditedOrSubmittedAgain() {
        Strategy strategy = drafted();
        assertThat(strategy.submit()).isEqualTo(1);
        assertThat(strategy.getState()).isEqualTo(StrategyState.IN_REVIEW);
        assertThatThrownBy(() -> strategy.editDraft("x", START, END, "x", "member", AT))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(strategy::submit).isInstanceOf(ConflictException.class);
        assertThat(strategy.getVersionCount()).isEqualTo(1);
    }

    @Test
    void changesRequestedOpenTheDraftAgainForTheNextVersion() {
        Strategy strategy = drafted();
        strategy.submit();
        strategy.requestChanges();
        assertThat(strategy.getState().isEditable()).isTrue();
        strategy.editDraft("v2", START, END, "v2", "member", AT);
        assertThat(strategy.submit()).isEqualTo(2);
    }

    @Test
    void approvalAndAdoptionComeOnlyInOrder() {
        Strategy strategy = drafted();
        assertThatThrownBy(strategy::approve).isInstanceOf(ConflictException.class);
        strategy.submit();
        assertThatThrownBy(strategy::adopt).isInstanceOf(ConflictException.class);
        strategy.awaitApproval();
        strategy.returnForChanges();
        assertThat(strategy.getState()).isEqualTo(StrategyState.CHANGES_REQUESTED);
        strategy.submit();
        strategy.awaitApproval();
        strategy.approve();
        strategy.adopt();
        assertThat(strategy.getState()).isEqualTo(StrategyState.ADOPTED);
        assertThat(strategy.getState().isInProgress()).isFalse();
    }

    @Test
    void onlyDraftingAndChangesRequestedAreEditable() {
        assertThat(StrategyState.values())
                .filteredOn(StrategyState::isEditable)
                .containsExactly(StrategyState.DRAFTING, StrategyState.CHANGES_REQUESTED);
    }

    @Test
    void aVersionIsDecidedOnceAndKnowsItsAuthors() {
        Strategy strategy = drafted();
        strategy.submit();
        StrategyVersion version = new StrategyVersion(
                strategy,
                1,
                "[]",
                List.of("member", "roadmap"),
                "chair",
                AT,
                List.of("reviewer"),
                AT.plusSeconds(86_400));
        assertThat(version.getAuthors()).containsExactly("member");
        assertThat(version.isAuthoredOrSubmittedBy("chair")).isTrue();
        assertThat(version.isAuthoredOrSubmittedBy("member")).isTrue();
        assertThat(version.isAuthoredOrSubmittedBy("coordinator")).isFalse();

        version.decide(VersionDecision.APPROVED, "coordinator", AT);
        assertThat(version.getDecision()).isEqualTo("approved");
        assertThatThrownBy(() -> version.decide(VersionDecision.RETURNED, "coordinator", AT))
                .isInstanceOf(ConflictException.class);
        assertThat(version.getDecision()).isEqualTo("approved");
    }
}
