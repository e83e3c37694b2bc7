package org.resilienceroadmap.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.Race;
import org.resilienceroadmap.support.StrategyDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chair and a member save the same version of the draft at the same instant, round after round,
 * on real threads against the running server: one save lands whole (text and objectives), the
 * other is refused with 409 and leaves nothing behind.
 */
class DraftRaceTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StrategyDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    private final Race race = new Race();

    @AfterEach
    void stopThreads() {
        race.close();
    }

    @Test
    void oneOfTwoSavesOfTheSameVersionLandsWholeAndTheOtherIsRefused() {
        TestCity city = fixtures.newCity();
        long id = driver.current(city.id(), city.chair()).getId();
        String path = "/api/v1/strategies/" + id + "/draft";
        int chairWon = 0;
        for (int round = 1; round <= Race.ROUNDS; round++) {
            long version = api.get(city.member(), "/api/v1/strategies/" + id)
                    .getBody()
                    .get("version")
                    .asLong();
            // Odd rounds: two people; even rounds: the chair's save sent twice with different text (two tabs).
            String other = round % 2 == 1 ? city.member() : city.chair();
            Map<String, Object> byChair = draft("Chair's text, round " + round, version, List.of("Sirens " + round));
            Map<String, Object> byOther =
                    draft("Other text, round " + round, version, List.of("Shelters " + round, "Drills " + round));
            List<ResponseEntity<JsonNode>> answers =
                    race.atOnce(() -> api.put(city.chair(), path, byChair), () -> api.put(other, path, byOther));

            assertThat(answers.stream().map(a -> a.getStatusCode().value()).toList())
                    .as("round " + round)
                    .containsExactlyInAnyOrder(200, 409);
            boolean chairs = answers.get(0).getStatusCode().value() == 200;
            chairWon += chairs ? 1 : 0;
            Map<String, Object> winner = chairs ? byChair : byOther;
            assertThat(answers.get(chairs ? 1 : 0).getBody().get("detail").asText())
                    .contains("reload");
            assertThat(jdbc.queryForObject("select content from strategy where id = ?", String.class, id))
                    .as("round " + round)
                    .isEqualTo(winner.get("content"));
            assertThat(jdbc.queryForObject("select version from strategy where id = ?", Long.class, id))
                    .as("round " + round + ": saved once")
                    .isEqualTo(version + 1);
            assertThat(jdbc.queryForList(
                            "select title from strategy_objective where strategy_id = ? order by position",
                            String.class,
                            id))
                    .as("round " + round)
                    .isEqualTo(titles(winner));
        }
        System.out.printf(
                "DraftRaceTests: %d rounds of two saves of the same draft version (the chair's won %d)%n",
                Race.ROUNDS, chairWon);
    }

    private static Map<String, Object> draft(String content, long version, List<String> objectives) {
        Map<String, Object> body = new HashMap<>();
        body.put("content", content);
        body.put("version", version);
        body.put(
                "objectives",
                objectives.stream()
                        .map(t -> Map.of("title", t, "essentials", List.of(2)))
                        .toList());
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Map<String, Object> draft) {
        return ((List<Map<String, Object>>) draft.get("objectives"))
                .stream().map(o -> (String) o.get("title")).toList();
    }
}
