package org.resilienceroadmap.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401, 403 and 429 (sign-in paused after repeated failures, with {@code Retry-After}) of the API as
 * problem+json. The 401 challenges for Basic ({@code WWW-Authenticate}) only a program that asks for
 * JSON or says it is a script ({@code X-Requested-With}) and holds no session: standard HTTP clients
 * then retry with credentials. A browser is never challenged (it sends {@code Sec-Fetch-*} headers):
 * it would show a password dialog and then send the credentials on its own, which the CSRF rule,
 * skipped for Basic, relies on not happening.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Clock clock;

    ProblemAuthenticationEntryPoint(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            Instant retry =
                    throttled.retryAfter().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            long seconds = Math.max(1, Duration.between(clock.instant(), retry).toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins for this account or from this"
                            + " address: signing in is paused. Try again after " + retry + " (in " + seconds
                            + " seconds).",
                    ",\"retryAfter\":\"" + retry + "\"");
            return;
        }
        if (isProgramAskingForBasic(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Resilience Roadmap\", charset=\"UTF-8\"");
        }
        write(response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic or a browser session.", "");
    }

    private static boolean isProgramAskingForBasic(HttpServletRequest request) {
        boolean browser = request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null;
        boolean session = request.getRequestedSessionId() != null;
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean asksForJson = accept != null && accept.contains("json");
        return !browser && !session && (asksForJson || request.getHeader("X-Requested-With") != null);
    }

    /**
     * A refused CSRF token reaches here before anyone is signed in (the CSRF check runs ahead of HTTP
     * Basic): a caller without credentials or session is told to sign in (401), as on every other call.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            commence(request, response, null);
            return;
        }
        write(response, HttpStatus.FORBIDDEN, "Access denied.", "");
    }

    /** {@code members}: further JSON members, each starting with a comma. */
    static void write(HttpServletResponse response, HttpStatus status, String detail, String members)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"" + members + "}");
    }
}
