package org.resilienceroadmap.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** A strategy's coverage of the Ten Essentials, and an adoption that cannot precede the approval. */
class EssentialCoverageTests extends IntegrationTest {

    private static final String COORDINATOR = "coordinator.tajikistan";

    @Autowired
    Fixtures fixtures;

    @Autowired
    StrategyDriver driver;

    @Autowired
    StrategyAdoptions adoptions;

    @Autowired
    StrategyService strategies;

    @Autowired
    StrategyCoverage coverage;

    @Autowired
    Api api;

    @Test
    void countsTheObjectivesOfEachEssentialOnceAndNamesTheUncovered() {
        EssentialCoverage c = EssentialCoverage.of(List.of(List.of(2, 9), List.of(2, 2, 3), List.of()));
        assertThat(c.objectivesFor(2)).isEqualTo(2);
        assertThat(c.objectivesFor(3)).isEqualTo(1);
        assertThat(c.uncovered()).containsExactly(1, 4, 5, 6, 7, 8, 10);
        assertThat(c.coversAll()).isFalse();
        List<List<Integer>> all =
                java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(List::of).toList();
        assertThat(EssentialCoverage.of(all).coversAll()).isTrue();
    }

    @Test
    void theStrategyDetailShowsItsCoverage() {
        TestCity city = fixtures.newCity();
        Long id = driver.current(city.id(), city.chair()).getId();
        driver.draft(id, city.chair(), "# Plan");
        assertThat(as(city.member(), () -> coverage.of(id)).uncovered()).containsExactly(1, 3, 4, 5, 6, 7, 8, 10);

        JsonNode detail = api.get(city.member(), "/api/v1/strategies/" + id).getBody();
        JsonNode c = detail.get("essentialCoverage");
        assertThat(c.get("coversAll").asBoolean()).isFalse();
        assertThat(c.get("perEssential")).hasSize(10);
        assertThat(c.get("perEssential").get(1).get("objectives").asInt())
                .as("Essential 2")
                .isEqualTo(1);
        assertThat(c.get("uncovered").toString()).isEqualTo("[1,3,4,5,6,7,8,10]");
    }

    @Test
    void refusesAnAdoptionDatedBeforeTheApproval() {
        TestCity city = fixtures.newCity();
        Long id = driver.current(city.id(), city.chair()).getId();
        driver.draft(id, city.chair(), "# Plan");
        driver.submit(id, city.chair(), List.of(city.member()));
        driver.decide(city.member(), city.id(), "Task_ReviewVersion", "approve", null);
        driver.decide(city.chair(), city.id(), "Task_ConsolidateReview", "send-for-approval", null);
        driver.decide(COORDINATOR, city.id(), "Task_ApproveStrategy", "approve", null);
        LocalDate today = LocalDate.now(Days.ZONE);

        assertThatThrownBy(() -> as(
                        city.chair(),
                        () -> adoptions.record(
                                id,
                                new AdoptionRecord("No. 7", today.minusDays(1), "City council"),
                                "decision.pdf",
                                StrategyDriver.PDF)))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(
                        e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("adoptedOn"))
                .hasMessageContaining("cannot precede the approval");
        assertThat(as(city.chair(), () -> strategies.detail(id)).strategy().getState())
                .isEqualTo(StrategyState.APPROVED);

        as(
                city.chair(),
                () -> adoptions.record(
                        id, new AdoptionRecord("No. 7", today, "City council"), "decision.pdf", StrategyDriver.PDF));
        assertThat(as(city.chair(), () -> strategies.detail(id)).strategy().getState())
                .isEqualTo(StrategyState.ADOPTED);
    }
}
