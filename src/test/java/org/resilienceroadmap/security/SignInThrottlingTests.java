package org.resilienceroadmap.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.WebAttributes;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Five failed sign-ins for a username (form or HTTP Basic) pause its sign-in for the lockout, even
 * with the right password; too many from one address pause that address. Every test uses fresh
 * accounts and its own client address (X-Forwarded-For from the trusted local proxy), so that no
 * demo account and not 127.0.0.1 is ever paused for the other tests.
 */
class SignInThrottlingTests extends KaribuTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    SecuritySettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ObjectMapper json;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void pausesBasicSignInAfterFiveFailuresEvenWithTheRightPasswordAndSaysWhenToRetry() throws Exception {
        String user = freshAccount();
        String address = freshAddress();
        for (int i = 0; i < settings.maxFailures(); i++) {
            assertThat(me(user, "wrong-" + i, address).statusCode())
                    .as("failure %d", i + 1)
                    .isEqualTo(401);
        }

        HttpResponse<String> refused = me(user, "demo", address);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        Instant retryAfter = Instant.parse(problem.get("retryAfter").asText());
        assertThat(problem.get("detail").asText()).contains("Try again after " + retryAfter);
        assertThat(retryAfter)
                .isBetween(
                        Instant.now().plus(settings.lockout()).minusSeconds(60),
                        Instant.now().plus(settings.lockout()).plusSeconds(2));
        long seconds =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(seconds)
                .isBetween(
                        settings.lockout().toSeconds() - 60, settings.lockout().toSeconds() + 2);

        assertThat(me(user, "demo", freshAddress()).statusCode())
                .as("the username is paused from anywhere")
                .isEqualTo(429);
        assertThat(me(freshAccount(), "demo", address).statusCode())
                .as("other accounts from the same address")
                .isEqualTo(200);
        assertThat(audit.history("SIGN_IN", user))
                .extracting(r -> r.getAction() + " " + r.getReference())
                .containsExactly("security:sign-in-paused username");
    }

    @Test
    void aSuccessStartsTheCountAfresh() {
        String user = freshAccount();
        String address = freshAddress();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < settings.maxFailures() - 1; i++) {
                assertThat(me(user, "wrong", address).statusCode()).isEqualTo(401);
            }
            assertThat(me(user, "demo", address).statusCode())
                    .as("round %d", round)
                    .isEqualTo(200);
        }
        assertThat(jdbc.sql("select count(*) from login_attempt where kind = 'USERNAME' and login_key = ?")
                        .param(user)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void pausesTheLoginFormAndTheApiAlikeAndTheLoginViewSaysSo() {
        String user = freshAccount();
        String address = freshAddress();
        for (int i = 0; i < settings.maxFailures() - 1; i++) {
            assertThat(location(http.formLogin(user, "wrong", Http.from(address))))
                    .endsWith("/login?error");
        }
        // The failures of the form and of HTTP Basic add up: it is the same person's password being guessed.
        assertThat(me(user, "wrong", address).statusCode()).isEqualTo(401);

        assertThat(location(http.formLogin(user, "demo", Http.from(address)))).endsWith("/login?locked");
        assertThat(me(user, "demo", address).statusCode()).isEqualTo(429);
    }

    @Test
    void theLoginViewTellsAPausedSignInFromAWrongPasswordAndHowLongToWait() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorTexts(form)).contains("Wrong username or password");

        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new SignInThrottledException(
                                Instant.now().plus(Duration.ofMinutes(7)).minusSeconds(5)));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("locked", "")));
        form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorTexts(form))
                .contains("Signing in is paused", "Try again in 7 minutes")
                .doesNotContain("Wrong username or password");
    }

    @Test
    void pausesAnAddressAfterTooManyFailuresOverAllUsernames() {
        String address = freshAddress();
        for (int i = 0; i < settings.maxFailuresPerAddress(); i++) {
            assertThat(me("nobody-" + System.nanoTime() + "-" + i, "guess", address)
                            .statusCode())
                    .isEqualTo(401);
        }
        String user = freshAccount();
        assertThat(me(user, "demo", address).statusCode()).isEqualTo(429);
        assertThat(me(user, "demo", freshAddress()).statusCode()).isEqualTo(200);
        assertThat(audit.history("SIGN_IN", address))
                .extracting(r -> r.getAction() + " " + r.getReference())
                .containsExactly("security:sign-in-paused address");
    }

    @Test
    void keepsTheCountInTheDatabaseSoThatEveryNodeAgreesAndForgetsItAfterTheLockout() {
        String user = freshAccount();
        String address = freshAddress();
        for (int i = 0; i < settings.maxFailures(); i++) {
            me(user, "wrong", address);
        }
        // Another node is another LoginAttempts on the same database, with nothing in memory.
        LoginAttempts otherNode = new LoginAttempts(jdbc, settings, Clock.systemUTC(), audit, transactions);
        assertThat(otherNode.standing(user, freshAddress()).lockedUntil()).isPresent();

        Clock later = Clock.offset(Clock.systemUTC(), settings.lockout().plus(Duration.ofMinutes(1)));
        LoginAttempts afterTheLockout = new LoginAttempts(jdbc, settings, later, audit, transactions);
        assertThat(afterTheLockout.standing(user, address).lockedUntil()).isEmpty();
        afterTheLockout.failed(user, address);
        assertThat(jdbc.sql("select failures from login_attempt where kind = 'USERNAME' and login_key = ?")
                        .param(user)
                        .query(Integer.class)
                        .single())
                .as("a new period counts from one")
                .isEqualTo(1);
    }

    /** The texts the form shows, as sent to the browser (its i18n property). */
    private static String errorTexts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private HttpResponse<String> me(String user, String password, String address) {
        return http.get("/api/v1/me", Http.basic(user, password, Http.from(address)));
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** An account of its own without memberships, password "demo". */
    private String freshAccount() {
        String username = "throttle." + System.nanoTime();
        people.create(new NewPerson(username, username, null, "Test", "en"), passwords.hash("demo"), false);
        return username;
    }

    /** An address of the IPv6 documentation prefix (RFC 3849), a new one per call. */
    private static String freshAddress() {
        return "2001:db8::" + Integer.toHexString(ADDRESSES.incrementAndGet());
    }
}
