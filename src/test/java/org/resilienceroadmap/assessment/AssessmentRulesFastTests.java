package org.resilienceroadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.support.FastTest;

/** The assessment's own rules without Spring: the workshop's dates, assignment only in draft, validation only from validation, frozen after. */
@FastTest
class AssessmentRulesFastTests {

    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");

    private static Assessment opened() {
        ScorecardTemplate template = mock(ScorecardTemplate.class);
        when(template.id()).thenReturn("mcr2030-detailed");
        when(template.version()).thenReturn("2.0");
        return new Assessment(3L, template, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "chair", AT);
    }

    @Test
    void aWorkshopCannotEndBeforeItStarts() {
        ScorecardTemplate template = mock(ScorecardTemplate.class);
        assertThatThrownBy(() ->
                        new Assessment(3L, template, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), "chair", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void essentialsAreAssignedOnlyInDraft() {
        Assessment assessment = opened();
        assertThat(assessment.getState()).isEqualTo(AssessmentState.DRAFT);
        assessment.assign(1, "scorer.one");
        assessment.assign(2, "scorer.two");
        assessment.unassign(2);
        assertThat(assessment.getScorers()).containsExactly(java.util.Map.entry(1, "scorer.one"));

        assessment.moveTo(AssessmentState.SCORING);
        assertThatThrownBy(() -> assessment.assign(3, "scorer.three")).isInstanceOf(ConflictException.class);
        assertThat(assessment.getScorers()).containsOnlyKeys(1);
    }

    @Test
    void validationComesOnlyFromValidationAndFreezesTheAssessment() {
        Assessment assessment = opened();
        assertThatThrownBy(() -> assessment.validate("coordinator", AT)).isInstanceOf(ConflictException.class);
        assessment.moveTo(AssessmentState.IN_VALIDATION);
        assessment.validate("coordinator", AT);
        assertThat(assessment.getState()).isEqualTo(AssessmentState.VALIDATED);
        assertThatThrownBy(() -> assessment.moveTo(AssessmentState.SCORING)).isInstanceOf(ConflictException.class);
        assertThat(assessment.getState()).isEqualTo(AssessmentState.VALIDATED);
    }

    @Test
    void anAnswerKnowsWhetherItAlreadySaysTheSame() {
        Answer answer = new Answer(9L, "1.1");
        answer.record(3, "ok", null, "scorer", AT);
        assertThat(answer.says(3, "ok", null)).isTrue();
        assertThat(answer.says(4, "ok", null)).isFalse();
        assertThat(answer.says(3, "changed", null)).isFalse();
        assertThat(answer.says(3, "ok", "https://evidence")).isFalse();
    }
}
