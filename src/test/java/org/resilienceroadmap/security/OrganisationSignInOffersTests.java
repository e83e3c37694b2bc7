package org.resilienceroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * What the sign-in page offers: nothing without a registration (the application as before), and each
 * OpenID Connect registration under its client name; a plain OAuth 2 one, which names nobody, is not offered.
 */
class OrganisationSignInOffersTests {

    @Test
    void offersNothingWithoutARegistration() {
        OrganisationSignIn none = new OrganisationSignIn(
                new DefaultListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class));

        assertThat(none.configured()).isFalse();
        assertThat(none.providers()).isEmpty();
    }

    @Test
    void offersEachOpenIdConnectRegistrationByItsName() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton(
                "registrations",
                new InMemoryClientRegistrationRepository(
                        registration("ministry", "Ministry of Interior", "openid", "email"),
                        registration("plain", "Plain OAuth", "read")));
        OrganisationSignIn configured =
                new OrganisationSignIn(beans.getBeanProvider(ClientRegistrationRepository.class));

        assertThat(configured.configured()).isTrue();
        assertThat(configured.providers())
                .containsExactly(new OrganisationSignIn.IdentityProvider(
                        "ministry", "Ministry of Interior", "oauth2/authorization/ministry"));
    }

    private static ClientRegistration registration(String id, String name, String... scopes) {
        return ClientRegistration.withRegistrationId(id)
                .clientName(name)
                .clientId("roadmap")
                .clientSecret("secret")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(scopes)
                .authorizationUri("https://idp.example/authorize")
                .tokenUri("https://idp.example/token")
                .jwkSetUri("https://idp.example/jwks")
                .build();
    }
}
