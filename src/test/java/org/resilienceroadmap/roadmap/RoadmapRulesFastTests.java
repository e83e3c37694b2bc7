package org.resilienceroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.support.FastTest;

/** The roadmap's own rules without Spring: an entry's evidence for stage B and C, the median stay in a stage. */
@FastTest
class RoadmapRulesFastTests {

    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");

    @Test
    void stageBNeedsTheDocumentOnly() {
        RoadmapEntry entry = new RoadmapEntry(3L, RoadmapStage.B, LocalDate.of(2026, 1, 10));
        assertThat(entry.evidenceComplete()).isFalse();
        entry.attach(41L, null, null, "chair", AT);
        assertThat(entry.evidenceComplete()).isTrue();
    }

    @Test
    void stageCNeedsTheDocumentTheAdoptionDateAndANonBlankAdoptingBody() {
        RoadmapEntry entry = new RoadmapEntry(3L, RoadmapStage.C, LocalDate.of(2026, 1, 10));
        entry.attach(41L, null, "City council", "chair", AT);
        assertThat(entry.evidenceComplete()).as("no adoption date").isFalse();
        entry.attach(41L, LocalDate.of(2025, 5, 1), "  ", "chair", AT);
        assertThat(entry.evidenceComplete()).as("blank body").isFalse();
        entry.attach(null, LocalDate.of(2025, 5, 1), "City council", "chair", AT);
        assertThat(entry.evidenceComplete()).as("no document").isFalse();
        entry.attach(41L, LocalDate.of(2025, 5, 1), "City council", "chair", AT);
        assertThat(entry.evidenceComplete()).isTrue();
    }

    @Test
    void theDecisionIsKeptWithTheStageItNames() {
        RoadmapEntry entry = new RoadmapEntry(3L, RoadmapStage.C, LocalDate.of(2026, 1, 10));
        entry.decide(EntryDecision.SENT_BACK, RoadmapStage.B, "coordinator", "no adopted strategy", AT);
        assertThat(entry.getDecision()).isEqualTo(EntryDecision.SENT_BACK);
        assertThat(entry.getDecidedStage()).isEqualTo(RoadmapStage.B);
        assertThat(entry.getRequestedStage()).isEqualTo(RoadmapStage.C);
    }

    @Test
    void theMedianStayCountsEndedStaysOnlyAndAveragesTheMiddleTwo() {
        assertThat(StageTime.of(List.of(30L, 10L, 20L), 4)).isEqualTo(new StageTime(20.0, 3, 4));
        assertThat(StageTime.of(List.of(40L, 10L, 20L, 30L), 0)).isEqualTo(new StageTime(25.0, 4, 0));
        assertThat(StageTime.of(List.of(), 2)).isEqualTo(new StageTime(null, 0, 2));
    }
}
