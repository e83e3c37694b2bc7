package org.resilienceroadmap.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The response headers both filter chains write, so that pages, static files and the API answer alike. */
final class SecurityHeaders {

    /**
     * As strict as Vaadin Flow allows: its bootstrap page has inline script, its client runs the
     * JavaScript the server sends with {@code new Function} (hence 'unsafe-eval'), and its
     * components set inline styles. Lumo's icon font and server-drawn images may be data: URLs.
     * connect-src 'self' covers the same-origin WebSocket of dev mode in CSP 3 browsers.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /** The public city pages have no script, no inline style, no form: their one stylesheet is all they load. */
    static final String PUBLIC_PAGES_POLICY = String.join(
            "; ",
            "default-src 'none'",
            "style-src 'self'",
            "img-src 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "form-action 'none'");

    /** Nothing of the application uses these; a script that got in cannot either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** One year. */
    private static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    private SecurityHeaders() {}

    /** The same headers with the public pages' stricter policy, and their own Cache-Control (they may be cached). */
    static void applyToPublicPages(HeadersConfigurer<HttpSecurity> headers) {
        apply(headers);
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(PUBLIC_PAGES_POLICY))
                .cacheControl(HeadersConfigurer.CacheControlConfig::disable);
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(options -> {})
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Written only for secure requests: behind a TLS proxy, one that Tomcat trusts to say so
                // with X-Forwarded-Proto (server.forward-headers-strategy).
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true));
    }
}
