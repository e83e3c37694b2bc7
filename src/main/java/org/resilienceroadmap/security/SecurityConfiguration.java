package org.resilienceroadmap.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.resilienceroadmap.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Two filter chains: the REST API (HTTP Basic or the browser session, problem+json on 401/403) and
 * the Vaadin UI with its login view. Both write the same security headers. Role and scope checks
 * live in the services; admin paths are closed here too.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration extends VaadinWebSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm stored in the hash so it can be raised later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**",
                        "/engine-rest/**", "/camunda/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(new AntPathRequestMatcher("/actuator/health/**")).permitAll()
                        // The engine's REST API and Cockpit are not in the build; should they ever be, they
                        // are for admins only, behind this same sign-in.
                        .requestMatchers(new AntPathRequestMatcher("/engine-rest/**"),
                                new AntPathRequestMatcher("/camunda/**"),
                                new AntPathRequestMatcher("/api/v1/admin/**")).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .headers(SecurityHeaders::apply)
                // A request carrying its own credentials cannot be forged by another site; session calls need the token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null));
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(new AntPathRequestMatcher("/images/**")).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
        http.headers(SecurityHeaders::apply);
    }
}
