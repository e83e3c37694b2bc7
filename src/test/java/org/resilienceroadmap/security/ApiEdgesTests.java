package org.resilienceroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API's edges as an integrator's tools meet them: unknown paths, wrong methods, the sign-in challenge. */
class ApiEdgesTests extends IntegrationTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void anUnknownPathUnderTheApiIsA404ProblemNotTheUisPage() {
        for (String path : new String[] {"/api/v1/programme/1", "/api/v1/nothing", "/api/v2/programmes"}) {
            HttpResponse<String> answer = http.get(path, Http.basic("donor.eu", "demo"));
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).as(path).contains("\"status\":404").doesNotContain("<html");
        }
        // the UI keeps its own paths
        assertThat(http.get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void aKnownPathWithAMethodItDoesNotTakeStays405() {
        HttpResponse<String> wrongMethod =
                http.post("/api/v1/me", "{}", Http.basic("donor.eu", "demo", "Content-Type", "application/json"));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void aProgramAskingForJsonIsChallengedForBasicABrowserIsNot() {
        HttpResponse<String> script = http.get("/api/v1/tasks", "Accept", "application/json");
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
        assertThat(http.get("/api/v1/tasks", "X-Requested-With", "curl")
                        .headers()
                        .firstValue("WWW-Authenticate"))
                .isPresent();

        HttpResponse<String> browser = http.get(
                "/api/v1/tasks",
                "Accept",
                "application/json",
                "Sec-Fetch-Mode",
                "cors",
                "Sec-Fetch-Site",
                "cross-site");
        assertThat(browser.statusCode()).isEqualTo(401);
        assertThat(browser.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(http.get("/api/v1/tasks").headers().firstValue("WWW-Authenticate"))
                .as("a caller that asks for nothing in particular")
                .isEmpty();
        assertThat(http.get("/api/v1/tasks", Http.session("not-a-session", "Accept", "application/json"))
                        .headers()
                        .firstValue("WWW-Authenticate"))
                .as("a caller with a (lapsed) session is a browser that signs in through the page")
                .isEmpty();
    }

    @Test
    void aStandardClientRetriesWithItsCredentialsOnTheChallenge() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication("member.dushanbe", "demo".toCharArray());
                    }
                })
                .build();
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tasks"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).startsWith("{");
    }
}
