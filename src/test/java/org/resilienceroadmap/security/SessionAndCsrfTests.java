package org.resilienceroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in through the login form gives the browser a new session id (Spring Security's
 * changeSessionId), so a session id planted before sign-in is worth nothing after it. A write to the
 * API riding on that browser session needs the CSRF token; a call with its own credentials does not.
 */
class SessionAndCsrfTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    private Http http;
    private String user;

    @BeforeEach
    void freshAccount() {
        http = new Http(port);
        user = "session." + System.nanoTime();
        people.create(new NewPerson(user, user, null, "Test", "en"), passwords.hash("demo"), false);
    }

    @Test
    void theSessionIdChangesAtFormLoginAndTheOldOneIsNotSignedIn() {
        String before = Http.sessionCookie(http.get("/login"))
                .orElseThrow(() -> new AssertionError("the login page should start a session"));

        HttpResponse<String> login = http.formLogin(user, "demo", Http.session(before));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after = Http.sessionCookie(login)
                .orElseThrow(() -> new AssertionError("signing in should hand out a new session id"));

        assertThat(after).isNotEqualTo(before);
        HttpResponse<String> me = http.get("/api/v1/me", Http.session(after));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + user + "\"");
        assertThat(http.get("/api/v1/me", Http.session(before)).statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionWriteToTheApiWithoutTheCsrfTokenIsRefusedWhileBasicNeedsNone() {
        String session = signedInSession();
        assertThat(http.get("/api/v1/notifications/unread-count", Http.session(session))
                        .statusCode())
                .as("the session is signed in")
                .isEqualTo(200);

        HttpResponse<String> forged = http.post("/api/v1/notifications/read-all", "", Http.session(session));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(http.post("/api/v1/notifications/read-all", "", Http.session(session, "X-CSRF-TOKEN", "made-up"))
                        .statusCode())
                .isEqualTo(403);

        assertThat(http.post("/api/v1/notifications/read-all", "", Http.basic(user, "demo"))
                        .statusCode())
                .isBetween(200, 299);
    }

    @Test
    void anyOtherAuthorizationHeaderDoesNotExcuseASessionWriteFromTheToken() {
        String session = signedInSession();
        for (String scheme : new String[] {"Digest username=x", "basic"}) {
            HttpResponse<String> forged =
                    http.post("/api/v1/notifications/read-all", "", Http.session(session, "Authorization", scheme));
            assertThat(forged.statusCode())
                    .as("a session write with Authorization '%s'", scheme)
                    .isEqualTo(403);
        }
        // A bearer token is the request's own credential (no CSRF token needed), so it must be a valid one:
        // a made-up token beside a signed-in session is refused, not excused by the session.
        HttpResponse<String> madeUp = http.post(
                "/api/v1/notifications/read-all", "", Http.session(session, "Authorization", "Bearer made-up"));
        assertThat(madeUp.statusCode()).isEqualTo(401);
    }

    private String signedInSession() {
        String before = Http.sessionCookie(http.get("/login")).orElseThrow();
        return Http.sessionCookie(http.formLogin(user, "demo", Http.session(before)))
                .orElseThrow();
    }
}
