package org.resilienceroadmap.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.directory.StageHistoryEntry;
import org.resilienceroadmap.support.FastTest;

/**
 * A gate's checklist worked out with its collaborators mocked: a manual tick counts only when made since
 * the jurisdiction last entered the gate's stage, a computed item is its fact, only open mandatory items
 * keep the gate shut.
 */
@FastTest
class ChecklistRulesFastTests {

    private static final Long CITY = 3L;
    private static final Instant FIRST_ENTRY = Instant.parse("2024-01-10T08:00:00Z");
    private static final Instant REENTRY = Instant.parse("2026-01-10T08:00:00Z");

    ChecklistResolver resolver = mock(ChecklistResolver.class);
    GateFacts facts = mock(GateFacts.class);
    GateTickRepository ticks = mock(GateTickRepository.class);
    JurisdictionDirectory jurisdictions = mock(JurisdictionDirectory.class);
    ChecklistEvaluation evaluation = new ChecklistEvaluation(resolver, facts, ticks, jurisdictions);

    ItemSpec adopted = ItemSpec.computed(GateRule.STRATEGY_ADOPTED, true);
    ItemSpec minutes = new ItemSpec("council-minutes", ItemKind.MANUAL, null, "Council minutes", true, null);
    ItemSpec photos = new ItemSpec("photos", ItemKind.MANUAL, null, "Photos", false, null);

    @BeforeEach
    void aCityThatEnteredStageCTwice() {
        StageHistoryEntry first = entry(RoadmapStage.C, FIRST_ENTRY);
        StageHistoryEntry again = entry(RoadmapStage.C, REENTRY);
        StageHistoryEntry stageB = entry(RoadmapStage.B, Instant.parse("2023-01-01T00:00:00Z"));
        when(jurisdictions.stageHistory(CITY)).thenReturn(List.of(stageB, first, again));
        when(resolver.applying(CITY, Gate.C))
                .thenReturn(new ChecklistResolver.Applying(null, null, List.of(adopted, minutes, photos)));
        when(facts.check(eq(GateRule.STRATEGY_ADOPTED), any(), eq(CITY), eq(REENTRY)))
                .thenReturn(Fact.of(true, "gate.fact.strategyAdopted"));
    }

    private static StageHistoryEntry entry(RoadmapStage stage, Instant at) {
        StageHistoryEntry entry = mock(StageHistoryEntry.class);
        when(entry.getStage()).thenReturn(stage);
        when(entry.getEnteredAt()).thenReturn(at);
        return entry;
    }

    private static GateTick tick(String code, Instant at) {
        return new GateTick(CITY, Gate.C, code, new Evidence("minutes", null), null, "coordinator", at);
    }

    @Test
    void aTickFromAnEarlierCycleDoesNotCountAndTheGateStaysShut() {
        when(ticks.findByJurisdictionIdAndGateOrderByTickedAtAscIdAsc(CITY, Gate.C))
                .thenReturn(List.of(tick("council-minutes", REENTRY.minusSeconds(3600))));

        Checklist checklist = evaluation.evaluate(CITY, Gate.C);

        assertThat(checklist.items()).extracting(ItemState::done).containsExactly(true, false, false);
        assertThat(checklist.openMandatory()).extracting(s -> s.spec().code()).containsExactly("council-minutes");
        assertThat(checklist.isClosable()).isFalse();
    }

    @Test
    void aTickOfThisCycleClosesTheGateWhileAnOptionalItemMayStayOpen() {
        when(ticks.findByJurisdictionIdAndGateOrderByTickedAtAscIdAsc(CITY, Gate.C))
                .thenReturn(List.of(tick("council-minutes", REENTRY.plusSeconds(60))));

        Checklist checklist = evaluation.evaluate(CITY, Gate.C);

        assertThat(checklist.items().get(1).tick()).isPresent();
        assertThat(checklist.items().get(2).done()).isFalse();
        assertThat(checklist.isClosable()).isTrue();
    }

    @Test
    void anUnmetFactKeepsTheGateShutWhateverIsTicked() {
        when(facts.check(eq(GateRule.STRATEGY_ADOPTED), any(), eq(CITY), eq(REENTRY)))
                .thenReturn(Fact.of(false, "gate.fact.noStrategy"));
        when(ticks.findByJurisdictionIdAndGateOrderByTickedAtAscIdAsc(CITY, Gate.C))
                .thenReturn(List.of(
                        tick("council-minutes", REENTRY.plusSeconds(60)), tick("photos", REENTRY.plusSeconds(90))));

        Checklist checklist = evaluation.evaluate(CITY, Gate.C);

        assertThat(checklist.openMandatory()).extracting(s -> s.spec().code()).containsExactly("strategy-adopted");
        assertThat(checklist.items().get(0).fact().key()).isEqualTo("gate.fact.noStrategy");
    }

    @Test
    void aRulesNumberIsTheConfiguredOneOrItsDefault() {
        assertThat(ItemSpec.computed(GateRule.WORKING_GROUP, true).numberOrDefault())
                .isEqualTo(3);
        assertThat(new ItemSpec("wg", ItemKind.COMPUTED, GateRule.WORKING_GROUP, null, true, 5).numberOrDefault())
                .isEqualTo(5);
        assertThat(minutes.numberOrDefault()).isNull();
        assertThat(Gate.ofTask("Task_StageBGate")).contains(Gate.B_C);
        assertThat(Gate.ofPath("a-b")).contains(Gate.A_B);
    }
}
