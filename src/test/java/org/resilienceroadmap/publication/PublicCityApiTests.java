package org.resilienceroadmap.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.publication.process.CityPublicationProcess;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The public pages as a visitor who never signed in reads them — the index lists only published cities;
 * unknown, unpublished and withdrawn codes answer 404 (HTML or problem+json); responses are cacheable with
 * an ETag; the JSON's shape; the language — and the signed-in API that proposes and withdraws a page.
 */
class PublicCityApiTests extends IntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PublicationService publications;

    @Autowired
    TaskInbox inbox;

    @Autowired
    ObjectMapper json;

    @Test
    void theIndexListsOnlyPublishedCities() throws Exception {
        TestCity proposed = fixtures.newCity();
        as(proposed.chair(), () -> publications.propose(proposed.id()));
        TestCity published = published();

        ResponseEntity<String> html = anonymous("/public/cities", null);
        assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(html.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(html.getBody())
                .contains("href=\"/public/cities/RS-KRA?lang=en\"")
                .contains("/public/cities/" + published.code())
                .doesNotContain(proposed.code());

        JsonNode index = json.readTree(anonymous("/public/cities.json", null).getBody());
        List<String> codes = index.findValuesAsText("code");
        assertThat(codes).contains("RS-KRA", published.code()).doesNotContain(proposed.code(), "TJ-DYU");
    }

    @Test
    void unknownUnpublishedAndWithdrawnPagesAreNotFound() {
        TestCity proposed = fixtures.newCity();
        as(proposed.chair(), () -> publications.propose(proposed.id()));
        TestCity withdrawn = published();
        long version =
                as(withdrawn.chair(), () -> publications.status(withdrawn.id())).version();
        as(withdrawn.chair(), () -> publications.withdraw(withdrawn.id(), version));

        for (String code : List.of("XX-NOWHERE", proposed.code(), withdrawn.code(), "TJ-DYU", "TJ", "bad_code")) {
            ResponseEntity<String> html = anonymous("/public/cities/" + code, null);
            assertThat(html.getStatusCode()).as(code).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(html.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                    .isTrue();
            assertThat(html.getBody()).contains("<h1>Page not found</h1>");

            ResponseEntity<String> data = anonymous("/public/cities/" + code + ".json", null);
            assertThat(data.getStatusCode()).as(code).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(data.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(data.getBody()).contains("\"status\":404");
        }
        assertThat(anonymous("/public/elsewhere", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void pagesMayBeCachedAndAnswerNotModifiedToTheirETag() {
        for (String path : List.of("/public/cities", "/public/cities/RS-KRA", "/public/cities/RS-KRA.json")) {
            ResponseEntity<String> first = anonymous(path, null);
            assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(first.getHeaders().getCacheControl()).contains("public").contains("max-age=300");
            assertThat(first.getHeaders().getVary()).contains(HttpHeaders.ACCEPT_LANGUAGE);
            assertThat(first.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
            String etag = first.getHeaders().getETag();
            assertThat(etag).isNotBlank();

            HttpHeaders again = new HttpHeaders();
            again.setIfNoneMatch(etag);
            ResponseEntity<String> second = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(again), String.class);
            assertThat(second.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_MODIFIED);
            assertThat(second.getBody()).isNull();
        }
        ResponseEntity<String> css = anonymous("/public/style.css", null);
        assertThat(css.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(css.getHeaders().getContentType().toString()).startsWith("text/css");
    }

    @Test
    void theJsonGivesStageScoresStrategyAndActions() throws Exception {
        JsonNode kraljevo =
                json.readTree(anonymous("/public/cities/RS-KRA.json", null).getBody());
        assertThat(kraljevo.get("code").asText()).isEqualTo("RS-KRA");
        assertThat(kraljevo.get("names").get("name").asText()).isEqualTo("Kraljevo");
        assertThat(kraljevo.get("country").get("name").asText()).isEqualTo("Serbia");
        assertThat(kraljevo.get("stage").asText()).isIn("A", "B", "C");
        assertThat(kraljevo.get("stages").get(0).get("stage").asText()).isEqualTo("A");
        assertThat(kraljevo.get("stages").get(0).get("entered").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(kraljevo.get("stages").get(0).has("approvedBy")).isFalse();
        JsonNode scorecard = kraljevo.get("scorecard");
        assertThat(scorecard.get("essentials")).hasSize(10);
        assertThat(scorecard.get("essentials").get(0).get("essential").asInt()).isEqualTo(1);
        assertThat(scorecard.get("validatedOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(kraljevo.get("strategy").get("title").asText()).isNotBlank();
        assertThat(kraljevo.get("strategy").get("adoptingBody").asText()).isNotBlank();
        assertThat(kraljevo.get("actions").get("total").asLong()).isPositive();
        assertThat(kraljevo.get("publishedOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void theHtmlSpeaksTheVisitorsLanguageAndRunsNoScript() {
        ResponseEntity<String> russian = anonymous("/public/cities/RS-KRA", "ru");
        assertThat(russian.getBody())
                .contains("<html lang=\"ru\">")
                .contains("Этап дорожной карты")
                .contains("<caption>")
                .contains("<main id=\"main\">")
                .doesNotContain("<script");
        assertThat(russian.getHeaders().getFirst("Content-Security-Policy"))
                .contains("default-src 'none'")
                .doesNotContain("unsafe");
        ResponseEntity<String> chosen = anonymous("/public/cities/RS-KRA?lang=en", "ru");
        assertThat(chosen.getBody()).contains("<html lang=\"en\">").contains("Roadmap stage");
        assertThat(anonymous("/public/cities/RS-KRA", "sr-Latn-RS").getBody()).contains("Faza mape puta");
    }

    @Test
    void onlyReadingIsAnonymous() {
        ResponseEntity<String> post = rest.postForEntity("/public/cities", null, String.class);
        assertThat(post.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        Long kraljevo = kraljevoId();
        assertThat(rest.getForEntity("/api/v1/jurisdictions/" + kraljevo + "/publication", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/api/v1/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theApiProposesAndWithdrawsForTheChairAndCoordinatorOnly() {
        TestCity city = fixtures.newCity();
        String path = "/api/v1/jurisdictions/" + city.id() + "/publication";
        assertThat(api.post(city.member(), path, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("chair.kraljevo", path, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> created = api.post(city.chair(), path, null);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("state").asText()).isEqualTo("PROPOSED");
        assertThat(api.post(city.chair(), path, null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        JsonNode status = api.get(city.coordinator(), path).getBody();
        assertThat(status.get("mayWithdraw").asBoolean()).isTrue();
        assertThat(status.get("publicPath").isNull()).isTrue();
        assertThat(api.post(city.member(), path + "/withdraw", Map.of("version", 0))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post(city.coordinator(), path + "/withdraw", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.post(city.coordinator(), path + "/withdraw", Map.of("version", 99))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> withdrawn = api.post(
                city.coordinator(),
                path + "/withdraw",
                Map.of("version", status.get("version").asLong()));
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withdrawn.getBody().get("state").asText()).isEqualTo("WITHDRAWN");
    }

    /** A fresh city whose page its chair proposed and its coordinator approved. */
    private TestCity published() {
        TestCity city = fixtures.newCity();
        as(city.chair(), () -> publications.propose(city.id()));
        var task = as(city.coordinator(), inbox::openTasks).stream()
                .filter(t ->
                        city.id().equals(t.jurisdictionId()) && CityPublicationProcess.TASK_APPROVE.equals(t.taskKey()))
                .findFirst()
                .orElseThrow();
        as(city.coordinator(), () -> inbox.complete(task.id(), "approve", null, Map.of()));
        return city;
    }

    private ResponseEntity<String> anonymous(String path, String language) {
        HttpHeaders headers = new HttpHeaders();
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Autowired
    org.resilienceroadmap.directory.JurisdictionDirectory jurisdictions;

    private Long kraljevoId() {
        return jurisdictions.findByCode("RS-KRA").orElseThrow().getId();
    }
}
