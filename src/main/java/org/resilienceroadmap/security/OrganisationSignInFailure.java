package org.resilienceroadmap.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the sign-in page after a failed return from the organisation's provider, naming why: one of
 * {@link OrganisationAccounts}' refusals, or {@code failed} for anything the provider or the exchange
 * refused (consent denied, an expired request). The refusal stays in the session for the page to read.
 */
final class OrganisationSignInFailure {

    /** The query parameter the sign-in page reads. */
    static final String PARAMETER = "organisation";

    static final String FAILED = "failed";

    private OrganisationSignInFailure() {}

    static AuthenticationFailureHandler handler() {
        return (request, response, exception) -> {
            String code = exception instanceof OAuth2AuthenticationException refused
                            && OrganisationSignIn.REFUSALS.contains(
                                    refused.getError().getErrorCode())
                    ? refused.getError().getErrorCode()
                    : FAILED;
            new SimpleUrlAuthenticationFailureHandler("/login?" + PARAMETER + "=" + code)
                    .onAuthenticationFailure(request, response, exception);
        };
    }
}
