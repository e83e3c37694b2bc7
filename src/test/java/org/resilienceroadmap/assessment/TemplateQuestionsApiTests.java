package org.resilienceroadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** A template's questions, as an integrator lists them to build a form or a workbook of their own. */
class TemplateQuestionsApiTests extends IntegrationTest {

    @Autowired
    Api api;

    @Test
    void listsThePreliminaryScorecardsQuestionsWithEssentialAndScoresInTheLanguageAskedFor() {
        ResponseEntity<JsonNode> english =
                api.get("member.dushanbe", "/api/v1/scorecard-templates/preliminary/questions");
        assertThat(english.getStatusCode().value()).isEqualTo(200);
        JsonNode body = english.getBody();
        assertThat(body.path("totalElements").asInt()).isEqualTo(47);
        JsonNode first = body.path("content").get(0);
        assertThat(first.path("code").asText()).isEqualTo("P1.1");
        assertThat(first.path("essential").asInt()).isEqualTo(1);
        assertThat(first.path("text").asText()).startsWith("Does the city have");
        assertThat(first.path("levels").get(0).path("score").asInt()).isZero();
        assertThat(first.path("levels").get(0).path("meaning").asText())
                .isEqualTo("No disaster risk reduction strategy or plan exists.");
        assertThat(body.path("content").get(46).path("essential").asInt()).isEqualTo(10);

        JsonNode russian = api.get(
                        "member.dushanbe", "/api/v1/scorecard-templates/preliminary/questions?lang=ru&size=5")
                .getBody();
        assertThat(russian.path("content")).hasSize(5);
        assertThat(russian.path("totalPages").asInt()).isEqualTo(10);
        assertThat(russian.path("content").get(0).path("text").asText()).startsWith("Есть ли у города");
        assertThat(russian.path("content")
                        .get(0)
                        .path("levels")
                        .get(0)
                        .path("meaning")
                        .asText())
                .isEqualTo("Стратегия или план снижения риска бедствий отсутствует.");
    }

    @Test
    void anUnknownTemplateIsA404Problem() {
        ResponseEntity<JsonNode> unknown = api.get("member.dushanbe", "/api/v1/scorecard-templates/nothing/questions");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }
}
