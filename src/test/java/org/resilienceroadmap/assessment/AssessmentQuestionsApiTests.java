package org.resilienceroadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** {@code GET /api/v1/assessments/{id}} lists every question of its template with where its answer stands. */
class AssessmentQuestionsApiTests extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n%minutes of the workshop\n".getBytes();

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ScorecardTemplates templates;

    @Autowired
    AssessmentEvidence evidence;

    @Autowired
    TestRestTemplate rest;

    @Test
    void listsEveryQuestionOfTheTemplateAndItsStateChangesWhenAnAnswerIsSaved() {
        TestCity city = fixtures.newCity();
        long id = api.post(
                        city.chair(),
                        "/api/v1/jurisdictions/" + city.id() + "/assessments",
                        Map.of("template", "preliminary"))
                .getBody()
                .get("id")
                .asLong();
        String path = "/api/v1/assessments/" + id;
        List<String> codes = templates.get("preliminary").questions().stream()
                .map(ScorecardQuestion::code)
                .toList();

        JsonNode before = api.get(city.member(), path).getBody().get("questions");
        assertThat(field(before, "code")).containsExactlyElementsOf(codes);
        assertThat(field(before, "state")).containsOnly("UNANSWERED");
        JsonNode p11 = question(before, "P1.1");
        assertThat(p11.get("question").get("essential").asInt()).isEqualTo(1);
        assertThat(p11.get("question").get("text").asText())
                .isEqualTo(templates.get("preliminary").questions().get(0).text("en"));
        assertThat(p11.get("score").isNull()).isTrue();
        assertThat(p11.get("evidenceFiles").asInt()).isZero();

        String assign = api.get(city.chair(), "/api/v1/tasks?processKey=assessment&subjectId=" + id)
                .getBody()
                .get("content")
                .get(0)
                .get("id")
                .asText();
        assertThat(api.post(city.chair(), "/api/v1/tasks/" + assign + "/complete", Map.of("outcome", "start"))
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(api.put(city.member(), path + "/answers/P1.1", Map.of("score", 2, "comment", "Drafted, not adopted"))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        as(city.member(), () -> evidence.addEvidence(id, "P1.1", "minutes.pdf", PDF));

        JsonNode after = api.get("coordinator.tajikistan", path).getBody().get("questions");
        assertThat(after).hasSize(codes.size());
        JsonNode answered = question(after, "P1.1");
        assertThat(answered.get("state").asText()).isEqualTo("ANSWERED");
        assertThat(answered.get("score").asInt()).isEqualTo(2);
        assertThat(answered.get("comment").asText()).isEqualTo("Drafted, not adopted");
        assertThat(answered.get("answeredBy").asText()).isEqualTo(city.member());
        assertThat(answered.get("answeredAt").asText()).isNotBlank();
        assertThat(answered.get("evidenceFiles").asInt()).isEqualTo(1);
        assertThat(field(after, "state").stream().filter("UNANSWERED"::equals)).hasSize(codes.size() - 1);

        HttpHeaders russian = new HttpHeaders();
        russian.set(HttpHeaders.ACCEPT_LANGUAGE, "ru");
        JsonNode inRussian = rest.withBasicAuth(city.member(), "demo")
                .exchange(path, HttpMethod.GET, new HttpEntity<>(russian), JsonNode.class)
                .getBody()
                .get("questions");
        assertThat(question(inRussian, "P1.1").get("question").get("text").asText())
                .isEqualTo(templates.get("preliminary").questions().get(0).text("ru"));
        assertThat(api.get("chair.kraljevo", path).getStatusCode().value()).isEqualTo(404);
    }

    private static JsonNode question(JsonNode questions, String code) {
        for (JsonNode q : questions) {
            if (q.get("question").get("code").asText().equals(code)) {
                return q;
            }
        }
        throw new AssertionError("no question " + code);
    }

    private static List<String> field(JsonNode questions, String name) {
        List<String> values = new ArrayList<>();
        questions.forEach(q -> values.add(
                name.equals("code")
                        ? q.get("question").get("code").asText()
                        : q.get(name).asText()));
        return values;
    }
}
