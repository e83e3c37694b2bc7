package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.Pin;
import org.resilienceroadmap.workflow.PinnedComments;
import org.springframework.beans.factory.annotation.Autowired;

/** A completion claim returned with comments pinned to the action's fields: no new claim while one is open. */
class ActionPinsTests extends IntegrationTest {

    private static final String COORDINATOR = ActionDriver.COORDINATOR;
    private static final List<Evidence> PHOTO =
            List.of(new Evidence("siren.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));

    @Autowired
    ActionDriver driver;

    @Autowired
    ActionProgress progress;

    @Autowired
    ActionService actions;

    @Autowired
    PinnedComments pins;

    @Autowired
    Fixtures fixtures;

    private TestCity city;
    private Long actionId;
    private String id;

    @BeforeEach
    void aClaimedAction() {
        city = fixtures.newCity();
        Long strategyId = driver.adoptedStrategy(city);
        actionId = driver.approved(
                        city, strategyId, "Sirens", LocalDate.now(Days.ZONE).plusMonths(10))
                .getId();
        id = String.valueOf(actionId);
        as(city.member(), () -> progress.claimCompletion(actionId, "All thirty sirens tested", PHOTO));
    }

    @Test
    void aReturnedClaimPinsToFieldsAndTheNextClaimWaitsForTheAnswers() {
        driver.decide(
                COORDINATOR,
                actionId,
                ActionProcess.TASK_VERIFY,
                "return",
                "See the pinned comments",
                Map.of(
                        "pins",
                        List.of(
                                Map.of("item", "field:evidence", "text", "The test log is missing"),
                                Map.of("item", "field:budget", "text", "Spent more than planned?"))));
        assertThat(as(city.member(), () -> actions.detail(actionId)).action().getStatus())
                .isEqualTo(ActionStatus.IN_PROGRESS);
        List<Pin> pinned = as(city.member(), () -> pins.of(ActionService.SUBJECT_TYPE, id, Locale.ENGLISH));
        assertThat(pinned).extracting(Pin::item).containsExactly("Evidence files", "Budget");

        assertThatThrownBy(() -> as(city.member(), () -> progress.claimCompletion(actionId, "Log attached", PHOTO)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("2 pinned comments are still unanswered");
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> pins.answer(
                                ActionService.SUBJECT_TYPE, id, pinned.get(0).id(), "x", null, null)))
                .isInstanceOf(ForbiddenException.class);
        for (Pin p : pinned) {
            as(city.member(), () -> pins.answer(ActionService.SUBJECT_TYPE, id, p.id(), "Attached", null, null));
        }

        as(city.member(), () -> progress.claimCompletion(actionId, "Log attached", PHOTO));
        assertThat(as(city.member(), () -> actions.detail(actionId)).action().getStatus())
                .isEqualTo(ActionStatus.COMPLETED);
        assertThat(driver.task(COORDINATOR, actionId, ActionProcess.TASK_VERIFY))
                .isNotNull();
    }
}
