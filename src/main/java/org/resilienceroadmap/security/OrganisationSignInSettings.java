package org.resilienceroadmap.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an identity confirmed by an organisation's OpenID Connect provider finds its account
 * ({@code roadmap.sign-in.oidc.*}): the value of the claim {@code matchClaim} is compared with the
 * account's {@code matches} field, e-mail (whatever its case) or username. The provider itself is
 * Spring Boot's {@code spring.security.oauth2.client.registration.<id>.*}; without one, nobody
 * signs in this way.
 */
@ConfigurationProperties("roadmap.sign-in.oidc")
public record OrganisationSignInSettings(
        @DefaultValue("email") String matchClaim,
        @DefaultValue("EMAIL") AccountField matches) {

    public enum AccountField {
        EMAIL,
        USERNAME
    }

    public OrganisationSignInSettings {
        if (matchClaim == null || matchClaim.isBlank()) {
            throw new IllegalArgumentException(
                    "roadmap.sign-in.oidc.match-claim: name the claim that finds the account");
        }
    }
}
