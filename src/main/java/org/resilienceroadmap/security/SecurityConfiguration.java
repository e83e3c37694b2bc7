package org.resilienceroadmap.security;

import java.util.LinkedHashMap;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.resilienceroadmap.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two filter chains: the REST API (HTTP Basic or the browser session, problem+json on 401/403/429)
 * and the Vaadin UI with its login view, and there also the organisation's OpenID Connect provider when
 * one is configured ({@link OrganisationSignIn}). Both sign in through the same throttled check and write the
 * same security headers. Role and scope checks live in the services; admin paths are closed here too.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration extends VaadinWebSecurity {

    static final String LOCKED_LOGIN_URL = "/login?locked";

    private final LoginAttempts attempts;
    private final AccountDetailsService accounts;
    private final ApiTokens tokens;
    private final OrganisationSignIn organisations;
    private final OrganisationAccounts organisationAccounts;

    SecurityConfiguration(
            LoginAttempts attempts,
            AccountDetailsService accounts,
            ApiTokens tokens,
            OrganisationSignIn organisations,
            OrganisationAccounts organisationAccounts) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.tokens = tokens;
        this.organisations = organisations;
        this.organisationAccounts = organisationAccounts;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm stored in the hash so it can be raised later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        http.securityMatcher(
                        "/api/**",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/actuator/**",
                        "/engine-rest/**",
                        "/camunda/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(path("/actuator/health/**"))
                        .permitAll()
                        // The engine's REST API and Cockpit are not in the build; should they ever be, they
                        // are for admins only, behind this same sign-in.
                        .requestMatchers(
                                path("/engine-rest/**"),
                                path("/camunda/**"),
                                path("/api/v1/admin/**"),
                                // Prometheus scrapes with an admin's read-only API token (README, Operating it).
                                path("/actuator/prometheus"))
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .authenticationManager(signIn())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                // Not a bean: as one, Spring Boot would also run it on every page of the UI.
                .addFilterBefore(new BearerTokenFilter(tokens, accounts), BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .headers(SecurityHeaders::apply)
                // A request carrying its own credentials (Basic, or a personal API token) cannot be forged by
                // another site (a browser adds Basic only after asking its user, a bearer token never);
                // session calls, and any other scheme, need the CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::carriesOwnCredentials));
        return http.build();
    }

    /**
     * The public city pages (publication/): the one place nobody signs in, and only to read. No session, no
     * sign-in redirect; anything but GET is refused.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicPagesChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                PathPatternRequestMatcher.withDefaults()
                                        .matcher(org.springframework.http.HttpMethod.GET, "/public/**"),
                                PathPatternRequestMatcher.withDefaults()
                                        .matcher(org.springframework.http.HttpMethod.HEAD, "/public/**"))
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                // Nothing here writes, so there is no token to check; a write is refused as such, on the spot
                // (an error dispatch would end at the sign-in page).
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> onlyReading(response))
                        .accessDeniedHandler((request, response, e) -> onlyReading(response)))
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders::applyToPublicPages);
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers(path("/images/**")).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
        http.authenticationManager(signIn())
                .formLogin(form -> form.failureHandler(loginFailure()))
                .headers(SecurityHeaders::apply);
        if (organisations.configured()) {
            http.oauth2Login(login -> login
                    // Without it, Spring would send everyone straight to the provider instead of the sign-in page.
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(organisationAccounts))
                    // The provider's tokens are not used after sign-in; none is kept beyond the session.
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .failureHandler(OrganisationSignInFailure.handler()));
        }
    }

    private static void onlyReading(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", "GET, HEAD");
    }

    static boolean carriesOwnCredentials(jakarta.servlet.http.HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) || isBearer(authorization);
    }

    static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static PathPatternRequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Form and Basic sign-in alike: the accounts of the directory that have a password, behind the failure
     * count; and, when an organisation's provider is configured, the return from it. Set as the one manager,
     * so no other (such as Spring's unthrottled default) is ever asked.
     */
    private AuthenticationManager signIn() {
        DaoAuthenticationProvider directory = new DaoAuthenticationProvider(accounts::passwordAccount);
        directory.setPasswordEncoder(passwordEncoder());
        AuthenticationProvider passwords = new ThrottledAuthenticationProvider(attempts, directory);
        if (!organisations.configured()) {
            return new ProviderManager(passwords);
        }
        return new ProviderManager(
                passwords,
                new OidcAuthorizationCodeAuthenticationProvider(
                        new RestClientAuthorizationCodeTokenResponseClient(), organisationAccounts));
    }

    /** Back to the login view, which tells a paused sign-in from a wrong password. */
    private static AuthenticationFailureHandler loginFailure() {
        LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler> byCause =
                new LinkedHashMap<>();
        byCause.put(SignInThrottledException.class, new SimpleUrlAuthenticationFailureHandler(LOCKED_LOGIN_URL));
        return new DelegatingAuthenticationFailureHandler(
                byCause, new SimpleUrlAuthenticationFailureHandler("/login?error"));
    }
}
