package org.resilienceroadmap.support;

import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider, Spring Authorization Server, standing in for an organisation's
 * directory (a ministry's Keycloak, an agency's Entra ID): a small application of its own on a random
 * port of localhost, started once, the first time the application under test asks for its issuer.
 * <p>
 * It knows our application as the client {@code roadmap} (application-test.properties), asks for
 * consent, and has three people: {@link #SERBIA_COORDINATOR}, whose e-mail address is that of the demo
 * account coordinator.serbia; {@link #STRANGER}, whom no account matches; and {@link #ORGANISATION_ONLY},
 * for an account a test makes to sign in through the organisation only; {@link #SWITCHED_OFF}, for one a
 * test makes and switches off.
 */
public final class OrganisationIdentityProvider {

    public static final String SERBIA_COORDINATOR = "milica.petrovic";
    public static final String STRANGER = "stranger";
    public static final String ORGANISATION_ONLY = "ana.jovanovic";
    public static final String ORGANISATION_ONLY_EMAIL = "ana.jovanovic@ministry.example";
    public static final String SWITCHED_OFF = "dragan.nikolic";
    public static final String SWITCHED_OFF_EMAIL = "dragan.nikolic@ministry.example";
    public static final String PASSWORD = "ministry-directory-password";

    /** The people of the organisation's directory and the e-mail address each is known by. */
    static final Map<String, String> EMAILS = Map.of(
            SERBIA_COORDINATOR,
            "coordinator.serbia@example.org",
            STRANGER,
            "nobody.here@ministry.example",
            ORGANISATION_ONLY,
            ORGANISATION_ONLY_EMAIL,
            SWITCHED_OFF,
            SWITCHED_OFF_EMAIL);

    private static ConfigurableApplicationContext running;

    private OrganisationIdentityProvider() {}

    /** The provider's issuer, http://localhost:port; starts it if it is not running yet. */
    public static synchronized String issuer() {
        if (running == null) {
            SpringApplicationBuilder provider = new SpringApplicationBuilder(Directory.class)
                    .web(WebApplicationType.SERVLET)
                    .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties(
                            // Not the application's own settings (application.properties): only these.
                            "spring.config.name=organisation-identity-provider",
                            "server.port=0",
                            // Both run on this machine; a cookie of its own keeps its session apart from the app's.
                            "server.servlet.session.cookie.name=ORGANISATION_SESSION",
                            "spring.security.oauth2.authorizationserver.client.roadmap.registration.client-id=roadmap",
                            "spring.security.oauth2.authorizationserver.client.roadmap.registration.client-secret="
                                    + "{noop}roadmap-client-secret",
                            "spring.security.oauth2.authorizationserver.client.roadmap.registration"
                                    + ".client-authentication-methods=client_secret_basic",
                            "spring.security.oauth2.authorizationserver.client.roadmap.registration"
                                    + ".authorization-grant-types=authorization_code",
                            // A loopback address: the provider accepts it on whatever port the app has (RFC 8252).
                            "spring.security.oauth2.authorizationserver.client.roadmap.registration.redirect-uris="
                                    + "http://127.0.0.1/login/oauth2/code/organisation",
                            "spring.security.oauth2.authorizationserver.client.roadmap.registration.scopes="
                                    + "openid,profile,email",
                            "spring.security.oauth2.authorizationserver.client.roadmap.require-authorization-consent=true");
            // Its own logging setup would reset the application's.
            provider.application()
                    .setListeners(provider.application().getListeners().stream()
                            .filter(l -> !(l instanceof LoggingApplicationListener))
                            .toList());
            running = provider.run();
        }
        int port = ((WebServerApplicationContext) running).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    /**
     * The provider's configuration. Not annotated as one: the application's component scan, which reaches the
     * test classes, would take it into the application under test too.
     */
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class,
        OAuth2AuthorizationServerAutoConfiguration.class,
        OAuth2AuthorizationServerJwtAutoConfiguration.class
    })
    static class Directory {

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(EMAILS.keySet().stream()
                    .map(name -> User.withUsername(name)
                            .password("{noop}" + PASSWORD)
                            .roles("STAFF")
                            .build())
                    .toList());
        }

        /** The ID token says who the person is by e-mail, confirmed, as a ministry's directory would. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailClaims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String email = EMAILS.get(context.getPrincipal().getName());
                    context.getClaims().claim("email", email).claim("email_verified", true);
                }
            };
        }
    }
}
