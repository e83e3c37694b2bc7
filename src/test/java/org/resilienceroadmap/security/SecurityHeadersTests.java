package org.resilienceroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages and the API answer with the security headers; HSTS only when the request came over TLS,
 * here told by a trusted proxy's X-Forwarded-Proto (server.forward-headers-strategy=native, and the
 * test client's 127.0.0.1 is an internal proxy address).
 */
class SecurityHeadersTests extends IntegrationTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theLoginPageAndTheStartPageCarryTheHeaders() {
        HttpResponse<String> login = http.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login.headers());
        HttpResponse<String> start = http.get("/");
        assertThat(start.statusCode()).isIn(200, 302);
        assertSecurityHeaders(start.headers());
    }

    @Test
    void theApiCarriesTheHeadersSignedInOrNot() {
        HttpResponse<String> me = http.get("/api/v1/me", Http.basic("donor.eu", "demo"));
        assertThat(me.statusCode()).isEqualTo(200);
        assertSecurityHeaders(me.headers());
        HttpResponse<String> anonymous = http.get("/api/v1/me");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertSecurityHeaders(anonymous.headers());
    }

    @Test
    void theContentSecurityPolicyLetsVaadinRunAndNothingElseIn() {
        String csp = http.get("/login")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(csp.split(";\\s*"))
                .contains(
                        "default-src 'self'",
                        "frame-ancestors 'none'",
                        "object-src 'none'",
                        "base-uri 'self'",
                        "form-action 'self'",
                        "img-src 'self' data:",
                        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "style-src 'self' 'unsafe-inline'",
                        "connect-src 'self'");
        assertThat(csp).doesNotContain("*").doesNotContain("http:").doesNotContain("https:");
    }

    @Test
    void sendsHstsOnlyForRequestsThatCameOverTls() {
        assertThat(http.get("/login").headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
        assertThat(http.get("/api/v1/me", Http.basic("donor.eu", "demo"))
                        .headers()
                        .firstValue("Strict-Transport-Security"))
                .isEmpty();

        HttpResponse<String> page = http.get("/login", "X-Forwarded-Proto", "https");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        HttpResponse<String> api = http.get("/api/v1/me", Http.basic("donor.eu", "demo", "X-Forwarded-Proto", "https"));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy"))
                .hasValueSatisfying(
                        policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
    }
}
