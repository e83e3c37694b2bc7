package org.resilienceroadmap.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The organisations' identity providers people may sign in with, as configured by Spring Boot's
 * {@code spring.security.oauth2.client.registration.<id>.*}; none when nothing is configured.
 */
@Component
public class OrganisationSignIn {

    /**
     * Why a return from the provider was refused, as the sign-in page gets it in its {@code organisation}
     * parameter: the account-finding refusals, and {@code failed} for anything else.
     */
    public static final List<String> REFUSALS = List.of(
            OrganisationAccounts.UNKNOWN,
            OrganisationAccounts.AMBIGUOUS,
            OrganisationAccounts.SWITCHED_OFF,
            OrganisationAccounts.UNVERIFIED,
            OrganisationSignInFailure.FAILED);

    /** Where the browser starts a sign-in with a provider; Spring Security's own path, not a page of the UI. */
    static final String START_PATH = "oauth2/authorization/";

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    OrganisationSignIn(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    /** A provider to offer on the sign-in page: its name ({@code client-name}) and the path that starts it. */
    public record IdentityProvider(String id, String name, String path) {}

    public List<IdentityProvider> providers() {
        List<IdentityProvider> offered = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration r && r.getScopes().contains("openid")) {
                    offered.add(new IdentityProvider(
                            r.getRegistrationId(), r.getClientName(), START_PATH + r.getRegistrationId()));
                }
            }
        }
        return offered;
    }

    boolean configured() {
        return registrations.getIfAvailable() != null;
    }
}
