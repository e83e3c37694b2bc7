package org.resilienceroadmap.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <personal API token>} on the API: the request acts as the token's
 * person with their roles and scope; a read-only token is refused any write. An unknown, revoked or
 * expired token is a 401 whatever else the request carries. Nothing is kept in a session.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final UserDetailsService accounts;

    BearerTokenFilter(ApiTokens tokens, UserDetailsService accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!SecurityConfiguration.isBearer(authorization)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Bearer> bearer =
                tokens.authenticate(authorization.substring("Bearer ".length()).strip());
        if (bearer.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            ProblemAuthenticationEntryPoint.write(
                    response, HttpStatus.UNAUTHORIZED, "The API token is unknown, revoked or expired.", "");
            return;
        }
        if (!bearer.get().access().allows(request.getMethod())) {
            ProblemAuthenticationEntryPoint.write(response, HttpStatus.FORBIDDEN, "This API token may only read.", "");
            return;
        }
        UserDetails person = accounts.loadUserByUsername(bearer.get().username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(bearer.get(), person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
