package org.resilienceroadmap.assessment;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two scorers answer the same question at the same instant — first answers with no version, then
 * revisions naming the same version — on real threads against the running server, round after
 * round: one answer stands, the other is refused with 409, never one overwriting the other unseen.
 */
class AnswerRaceTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ScorecardTemplates templates;

    @Autowired
    JdbcTemplate jdbc;

    private final Race race = new Race();

    @AfterEach
    void stopThreads() {
        race.close();
    }

    @Test
    void oneOfTwoSimultaneousAnswersToAQuestionStandsAndTheOtherIsRefused() {
        TestCity city = fixtures.newCity();
        long id = api.post(
                        city.chair(),
                        "/api/v1/jurisdictions/" + city.id() + "/assessments",
                        Map.of("template", "preliminary", "workshopStart", "2021-08-11", "workshopEnd", "2021-08-12"))
                .getBody()
                .get("id")
                .asLong();
        String assign = api.get(city.chair(), "/api/v1/tasks")
                .getBody()
                .get("content")
                .get(0)
                .get("id")
                .asText();
        assertThat(api.post(city.chair(), "/api/v1/tasks/" + assign + "/complete", Map.of("outcome", "start"))
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        List<String> questions = templates.get("preliminary").questions().stream()
                .map(ScorecardQuestion::code)
                .toList();

        int rounds = 0;
        while (rounds < Race.ROUNDS) {
            String code = questions.get(rounds % questions.size());
            Long version = jdbc.query(
                    "select version from assessment_answer where assessment_id = ? and question_code = ?",
                    rs -> rs.next() ? rs.getLong(1) : null,
                    id,
                    code);
            rounds++;
            String path = "/api/v1/assessments/" + id + "/answers/" + code;
            List<ResponseEntity<JsonNode>> answers = race.atOnce(
                    () -> api.put(city.member(), path, scoring(1, version)),
                    () -> api.put(city.chair(), path, scoring(3, version)));

            String round = "round " + rounds + " (" + code + (version == null ? ", first answers)" : ", revisions)");
            assertThat(answers.stream().map(a -> a.getStatusCode().value()).toList())
                    .as(round)
                    .containsExactlyInAnyOrder(200, 409);
            boolean member = answers.get(0).getStatusCode().value() == 200;
            assertThat(answers.get(member ? 1 : 0).getBody().get("detail").asText())
                    .as(round)
                    .isNotBlank();
            Map<String, Object> stored = jdbc.queryForMap(
                    "select count(*) over () as n, score, answered_by, version "
                            + "from assessment_answer where assessment_id = ? and question_code = ?",
                    id,
                    code);
            assertThat(((Number) stored.get("n")).intValue()).as(round).isEqualTo(1);
            assertThat(((Number) stored.get("score")).intValue()).as(round).isEqualTo(member ? 1 : 3);
            assertThat(stored.get("answered_by")).as(round).isEqualTo(member ? city.member() : city.chair());
            assertThat(answers.get(member ? 0 : 1).getBody().get("version").asLong())
                    .as(round)
                    .isEqualTo(((Number) stored.get("version")).longValue());
        }
        System.out.printf(
                "AnswerRaceTests: %d rounds of two answers to one question (%d questions, first answers "
                        + "and revisions)%n",
                rounds, questions.size());
    }

    private static Map<String, Object> scoring(int score, Long version) {
        Map<String, Object> body = new HashMap<>(Map.of("score", score, "comment", "Scored " + score));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }
}
