package org.resilienceroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Personal API tokens as a donor's nightly pull uses them: made once, used as Bearer, listed, revoked. */
class ApiTokensTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    private final ObjectMapper json = new ObjectMapper();
    private Http http;
    private TestCity city;

    @BeforeEach
    void client() {
        http = new Http(port);
        city = fixtures.newCity();
    }

    @Test
    void aTokenActsAsItsPersonAndOnlyItsHashIsKept() throws Exception {
        String secret = make(city.chair(), "Nightly pull", "READ");
        assertThat(secret).startsWith("rr_").hasSizeGreaterThan(40);

        HttpResponse<String> me = http.get("/api/v1/me", bearer(secret));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body()).path("username").asText()).isEqualTo(city.chair());
        assertThat(json.readTree(me.body()).path("jurisdictions").toString()).contains(city.code());

        String stored = jdbc.queryForObject(
                "select token_hash from api_token t join person p on p.id = t.person_id where p.username = ?",
                String.class,
                city.chair());
        assertThat(stored).isEqualTo(ApiTokens.hash(secret)).doesNotContain(secret.substring(3));
        // Nowhere in the token's row is the secret, or any part of it worth stealing.
        assertThat(jdbc.queryForList(
                        "select t.* from api_token t join person p on p.id = t.person_id where p.username = ?",
                        city.chair()))
                .singleElement()
                .satisfies(row -> assertThat(row.values())
                        .allSatisfy(
                                value -> assertThat(String.valueOf(value)).doesNotContain(secret.substring(3, 20))));
    }

    @Test
    void aReadOnlyTokenMayNotWriteAReadWriteOneMay() {
        String reader = make(city.member(), "Reader", "READ");
        HttpResponse<String> refused = http.post("/api/v1/notifications/read-all", "", bearer(reader));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("may only read");

        String writer = make(city.member(), "Writer", "READ_WRITE");
        assertThat(http.post("/api/v1/notifications/read-all", "", bearer(writer))
                        .statusCode())
                .as("a write without a CSRF token: the bearer token is the request's own credential")
                .isEqualTo(200);
    }

    @Test
    void aRevokedTokenIsRefusedAtTheNextRequestAndTheListShowsItsLastUse() throws Exception {
        double decisions = decisionsOnTokens();
        String secret = make(city.coordinator(), "Dashboard", "READ");
        assertThat(http.get("/api/v1/tasks", bearer(secret)).statusCode()).isEqualTo(200);
        assertThat(decisionsOnTokens())
                .as("making a token is counted among the decisions operators watch; using it is not")
                .isEqualTo(decisions + 1);

        JsonNode listed = json.readTree(http.get("/api/v1/me/tokens", Http.basic(city.coordinator(), "demo"))
                        .body())
                .path("content")
                .get(0);
        assertThat(listed.path("name").asText()).isEqualTo("Dashboard");
        assertThat(listed.path("lastUsedAt").isNull()).isFalse();
        assertThat(listed.path("valid").asBoolean()).isTrue();
        assertThat(listed.toString()).doesNotContain(secret);

        HttpResponse<String> revoked =
                http.delete("/api/v1/me/tokens/" + listed.path("id").asLong(), Http.basic(city.coordinator(), "demo"));
        assertThat(revoked.statusCode()).isEqualTo(204);
        HttpResponse<String> after = http.get("/api/v1/tasks", bearer(secret));
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(jdbc.queryForList(
                        "select action from audit_record where subject_type = 'api-token' and subject_id = ?",
                        String.class,
                        listed.path("id").asText()))
                .contains("api-token:create", "api-token:use", "api-token:revoke");
    }

    @Test
    void anExpiredOrUnknownTokenIsRefused() {
        String secret = make(city.chair(), "Old", "READ");
        jdbc.update(
                "update api_token set expires_on = ? where token_hash = ?",
                LocalDate.now(Days.ZONE).minusDays(1),
                ApiTokens.hash(secret));
        assertThat(http.get("/api/v1/me", bearer(secret)).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", bearer("rr_not-a-token")).statusCode())
                .isEqualTo(401);
        assertThat(http.get("/api/v1/me", bearer(secret + "x")).statusCode()).isEqualTo(401);

        String member = make(city.member(), "Member's", "READ");
        assertThat(http.get("/api/v1/me", bearer(member)).statusCode()).isEqualTo(200);
        jdbc.update("update person set enabled = false where username = ?", city.member());
        assertThat(http.get("/api/v1/me", bearer(member)).statusCode())
                .as("an account switched off takes its tokens with it")
                .isEqualTo(401);
    }

    @Test
    void onlyItsPersonRevokesATokenAndNoTokenMakesAnother() throws Exception {
        String secret = make(city.chair(), "Chair's", "READ_WRITE");
        long id = json.readTree(http.get("/api/v1/me/tokens", Http.basic(city.chair(), "demo"))
                        .body())
                .path("content")
                .get(0)
                .path("id")
                .asLong();
        assertThat(http.delete("/api/v1/me/tokens/" + id, Http.basic(city.member(), "demo"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.post(
                                "/api/v1/me/tokens",
                                "{\"name\":\"More\",\"access\":\"READ\",\"expiresOn\":\""
                                        + LocalDate.now(Days.ZONE).plusDays(5) + "\"}",
                                bearer(secret, "Content-Type", "application/json"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.delete("/api/v1/me/tokens/" + id, bearer(secret)).statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/me", bearer(secret)).statusCode())
                .as("still valid")
                .isEqualTo(200);
    }

    private String make(String username, String name, String access) {
        HttpResponse<String> made = http.post(
                "/api/v1/me/tokens",
                "{\"name\":\"" + name + "\",\"access\":\"" + access + "\",\"expiresOn\":\""
                        + LocalDate.now(Days.ZONE).plusDays(30) + "\"}",
                Http.basic(username, "demo", "Content-Type", "application/json"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        try {
            return json.readTree(made.body()).path("secret").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private double decisionsOnTokens() {
        var counter =
                meters.find("roadmap.decisions").tag("subject", "api-token").counter();
        return counter == null ? 0 : counter.count();
    }

    private static String[] bearer(String secret, String... headers) {
        return Http.with(headers, "Authorization", "Bearer " + secret);
    }
}
