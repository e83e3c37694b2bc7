package org.resilienceroadmap.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.AssessmentState;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mechanism on the assessment: a coordinator's return pins comments to questions and Essentials,
 * the working group answers each, the chair cannot submit for validation while one is open, and the
 * pins stay with their answers.
 */
class PinnedCommentsTests extends IntegrationTest {

    private static final String COORDINATOR = "coordinator.tajikistan";
    private static final String TYPE = AssessmentService.SUBJECT_TYPE;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentReads reads;

    @Autowired
    TaskInbox inbox;

    @Autowired
    PinnedComments pins;

    @Autowired
    Fixtures fixtures;

    private TestCity city;
    private String id;

    @BeforeEach
    void anAssessmentInValidation() {
        city = fixtures.newCity();
        id = String.valueOf(as(
                        city.chair(),
                        () -> assessments.open(
                                city.id(), "preliminary", LocalDate.of(2021, 8, 11), LocalDate.of(2021, 8, 12)))
                .getId());
        complete(city.chair(), AssessmentProcess.TASK_ASSIGN, "start", null, Map.of());
        for (String who : List.of(city.chair(), city.member())) {
            for (TaskItem t : tasks(who, AssessmentProcess.TASK_SCORE)) {
                as(who, () -> inbox.complete(t.id(), "done", null, Map.of()));
            }
        }
        complete(city.chair(), AssessmentProcess.TASK_CONSOLIDATE, "submit", null, Map.of());
    }

    @Test
    void pinsCommentsOnReturnAndRefusesResubmissionUntilEachIsAnswered() {
        returnWithPins(List.of(
                Map.of("item", "question:P1.1", "text", "Which decree set up the platform?"),
                Map.of("item", "essential:3", "text", "Say where the DRR budget line is")));

        List<Pin> pinned = as(city.chair(), () -> pins.of(TYPE, id, Locale.ENGLISH));
        assertThat(pinned)
                .extracting(Pin::itemKey, Pin::text, Pin::author, Pin::isOpen)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "question:P1.1", "Which decree set up the platform?", COORDINATOR, true),
                        org.assertj.core.groups.Tuple.tuple(
                                "essential:3", "Say where the DRR budget line is", COORDINATOR, true));
        assertThat(pinned.get(0).item()).startsWith("P1.1 · ");
        assertThat(pinned.get(1).item()).isEqualTo("Essential 3 · Strengthen financial capacity for resilience");
        assertThat(state()).isEqualTo(AssessmentState.CONSOLIDATION);

        assertThatThrownBy(() -> complete(city.chair(), AssessmentProcess.TASK_CONSOLIDATE, "submit", null, Map.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("2 pinned comments are still unanswered: answer each before submitting again");
        assertThat(state()).isEqualTo(AssessmentState.CONSOLIDATION);

        as(city.member(), () -> pins.answer(TYPE, id, pinned.get(0).id(), "Decree 12/2019", null, Locale.ENGLISH));
        assertThatThrownBy(() -> complete(city.chair(), AssessmentProcess.TASK_CONSOLIDATE, "submit", null, Map.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("1 pinned comment is still unanswered: answer it before submitting again");
        as(city.chair(), () -> pins.answer(TYPE, id, pinned.get(1).id(), "Line 4120 of the city budget", null, null));

        complete(city.chair(), AssessmentProcess.TASK_CONSOLIDATE, "submit", null, Map.of());
        assertThat(state()).isEqualTo(AssessmentState.IN_VALIDATION);
        assertThat(as(COORDINATOR, () -> pins.of(TYPE, id, Locale.ENGLISH)))
                .extracting(Pin::text, Pin::answer, Pin::answeredBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Which decree set up the platform?", "Decree 12/2019", city.member()),
                        org.assertj.core.groups.Tuple.tuple(
                                "Say where the DRR budget line is", "Line 4120 of the city budget", city.chair()));
    }

    @Test
    void onlyThoseItWentBackToAnswerAndOnlyOnce() {
        returnWithPins(List.of(Map.of("item", "question:P2.1", "text", "Maps are from 2009")));
        Pin pin = as(city.member(), () -> pins.of(TYPE, id, Locale.ENGLISH)).get(0);

        assertThatThrownBy(() -> as(COORDINATOR, () -> pins.answer(TYPE, id, pin.id(), "Fine", null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as("chair.kraljevo", () -> pins.answer(TYPE, id, pin.id(), "Mine", null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("chair.kraljevo", () -> pins.of(TYPE, id, Locale.ENGLISH)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(city.member(), () -> pins.answer(TYPE, id, pin.id(), "  ", null, null)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(city.member(), () -> pins.answer(TYPE, id, pin.id(), "x", pin.version() + 1, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(as(city.member(), () -> pins.mayAnswer(TYPE, id))).isTrue();
        assertThat(as(COORDINATOR, () -> pins.mayAnswer(TYPE, id))).isFalse();

        as(city.member(), () -> pins.answer(TYPE, id, pin.id(), "Maps of 2023 attached", pin.version(), null));
        assertThatThrownBy(() -> as(city.chair(), () -> pins.answer(TYPE, id, pin.id(), "Again", null, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(city.member());
        assertThat(as(city.chair(), () -> pins.of(TYPE, id, Locale.ENGLISH)))
                .singleElement()
                .satisfies(p -> assertThat(p.answer()).isEqualTo("Maps of 2023 attached"));
    }

    @Test
    void refusesPinsOnAnOutcomeThatReturnsNothingOrOnAnItemTheSubjectLacksChangingNothing() {
        TaskItem validate = tasks(COORDINATOR, AssessmentProcess.TASK_VALIDATE).get(0);
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> inbox.complete(
                                validate.id(),
                                "validate",
                                null,
                                Map.of("pins", List.of(Map.of("item", "question:P1.1", "text", "x"))))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> inbox.complete(
                                validate.id(),
                                "return",
                                "See the pins",
                                Map.of("pins", List.of(Map.of("item", "question:Z9.9", "text", "x"))))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Z9.9");
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> inbox.complete(validate.id(), "return", "See the pins", Map.of("pins", "P1.1"))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> inbox.complete(
                                validate.id(),
                                "return",
                                "See the pins",
                                Map.of("pins", List.of(Map.of("item", "question:P1.1", "text", " "))))))
                .isInstanceOf(InvalidRequestException.class);

        assertThat(state()).isEqualTo(AssessmentState.IN_VALIDATION);
        assertThat(pins.openCount(TYPE, id)).isZero();
        assertThat(tasks(COORDINATOR, AssessmentProcess.TASK_VALIDATE)).hasSize(1);
    }

    @Test
    void aReturnWithoutPinsLeavesNothingToAnswer() {
        complete(COORDINATOR, AssessmentProcess.TASK_VALIDATE, "return", "Recommendations are missing", Map.of());
        assertThat(pins.openCount(TYPE, id)).isZero();
        complete(city.chair(), AssessmentProcess.TASK_CONSOLIDATE, "submit", null, Map.of());
        assertThat(state()).isEqualTo(AssessmentState.IN_VALIDATION);
    }

    private void returnWithPins(List<Map<String, String>> given) {
        complete(
                COORDINATOR,
                AssessmentProcess.TASK_VALIDATE,
                "return",
                "See the pinned comments",
                Map.of("pins", given));
    }

    private void complete(String who, String taskKey, String outcome, String comment, Map<String, Object> fields) {
        List<TaskItem> open = tasks(who, taskKey);
        assertThat(open).hasSize(1);
        as(who, () -> inbox.complete(open.get(0).id(), outcome, comment, fields));
    }

    private List<TaskItem> tasks(String who, String taskKey) {
        return as(who, () -> inbox.openTasks()).stream()
                .filter(t -> t.processKey().equals(AssessmentProcess.KEY)
                        && id.equals(t.subjectId())
                        && t.taskKey().equals(taskKey))
                .toList();
    }

    private AssessmentState state() {
        return as(city.chair(), () -> reads.detail(Long.valueOf(id)))
                .assessment()
                .getState();
    }
}
