package org.resilienceroadmap.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.strategy.process.StrategyReviewProcess;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.Pin;
import org.resilienceroadmap.workflow.PinnedComments;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/** A strategy version returned with comments pinned to its objectives and sections: no next version while one is open. */
class StrategyPinsTests extends IntegrationTest {

    private static final String COORDINATOR = "coordinator.tajikistan";

    @Autowired
    StrategyDriver driver;

    @Autowired
    StrategyService strategies;

    @Autowired
    PinnedComments pins;

    @Autowired
    TaskInbox inbox;

    @Autowired
    Fixtures fixtures;

    private TestCity city;
    private Long strategyId;
    private String id;

    @BeforeEach
    void aVersionAwaitingApproval() {
        city = fixtures.newCity();
        strategyId = driver.current(city.id(), city.chair()).getId();
        id = String.valueOf(strategyId);
        driver.draft(strategyId, city.chair(), "# Strategy\n\n## Early warning\n\nSirens in every mahalla.");
        driver.submit(strategyId, city.chair(), List.of(city.member()));
        driver.decide(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW, "approve", null);
        driver.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_CONSOLIDATE, "send-for-approval", null);
    }

    @Test
    void theCoordinatorsReturnPinsToObjectivesAndSectionsAndTheNextVersionWaitsForTheAnswers() {
        Long objective = as(city.chair(), () -> strategies.detail(strategyId))
                .strategy()
                .getObjectives()
                .get(0)
                .getId();
        TaskItem approval = driver.task(COORDINATOR, city.id(), StrategyReviewProcess.TASK_APPROVE);
        as(
                COORDINATOR,
                () -> inbox.complete(
                        approval.id(),
                        "return",
                        "Two points, pinned",
                        Map.of(
                                "pins",
                                List.of(
                                        Map.of("item", "objective:" + objective, "text", "Which districts first?"),
                                        Map.of("item", "section:Early warning", "text", "Name the lead agency")))));
        assertThat(as(city.chair(), () -> strategies.detail(strategyId))
                        .strategy()
                        .getState())
                .isEqualTo(StrategyState.CHANGES_REQUESTED);
        List<Pin> pinned = as(city.member(), () -> pins.of(StrategyService.SUBJECT_TYPE, id, Locale.ENGLISH));
        assertThat(pinned)
                .extracting(Pin::item)
                .containsExactly("Objective 1 · Early warning for every district", "Section · Early warning");

        assertThatThrownBy(() -> driver.submit(strategyId, city.chair(), List.of(city.member())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("2 pinned comments are still unanswered");
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> pins.answer(
                                StrategyService.SUBJECT_TYPE, id, pinned.get(0).id(), "x", null, null)))
                .isInstanceOf(ForbiddenException.class);
        for (Pin p : pinned) {
            as(
                    city.member(),
                    () -> pins.answer(StrategyService.SUBJECT_TYPE, id, p.id(), "Done in the draft", null, null));
        }

        StrategyVersion second = driver.submit(strategyId, city.chair(), List.of(city.member()));
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(as(city.chair(), () -> pins.of(StrategyService.SUBJECT_TYPE, id, Locale.ENGLISH)))
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.answer()).isEqualTo("Done in the draft"));
    }

    @Test
    void theChairsRequestForChangesMayPinToo() {
        driver.decide(COORDINATOR, city.id(), StrategyReviewProcess.TASK_APPROVE, "return", "Again");
        driver.submit(strategyId, city.chair(), List.of(city.member()));
        driver.decide(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW, "approve", null);
        TaskItem consolidate = driver.task(city.chair(), city.id(), StrategyReviewProcess.TASK_CONSOLIDATE);
        as(
                city.chair(),
                () -> inbox.complete(
                        consolidate.id(),
                        "request-changes",
                        "One more",
                        Map.of("pins", List.of(Map.of("item", "section:Strategy", "text", "Add a summary")))));
        assertThat(pins.openCount(StrategyService.SUBJECT_TYPE, id)).isEqualTo(1);
        assertThatThrownBy(() -> driver.submit(strategyId, city.chair(), List.of(city.member())))
                .isInstanceOf(ConflictException.class);
    }
}
