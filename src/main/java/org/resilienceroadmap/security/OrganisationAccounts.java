package org.resilienceroadmap.security;

import java.util.List;

import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an identity the organisation's provider confirmed into one of our accounts, found by the
 * configured claim. Nothing is created: an identity without an account is refused, as is a
 * switched-off account. Roles and scope are the account's, read as for a password sign-in.
 */
@Component
class OrganisationAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN = "account_unknown";
    static final String AMBIGUOUS = "account_ambiguous";
    static final String SWITCHED_OFF = "account_switched_off";
    static final String UNVERIFIED = "email_unverified";

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider = new OidcUserService();
    private final PeopleDirectory people;
    private final AccountDetailsService accounts;
    private final OrganisationSignInSettings settings;

    OrganisationAccounts(PeopleDirectory people, AccountDetailsService accounts, OrganisationSignInSettings settings) {
        this.people = people;
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser confirmed = provider.loadUser(request);
        Object claim = confirmed.getClaims().get(settings.matchClaim());
        String value = claim == null ? "" : claim.toString().strip();
        if (value.isEmpty()) {
            throw refusal(UNKNOWN, settings.matchClaim());
        }
        if ("email".equals(settings.matchClaim()) && Boolean.FALSE.equals(confirmed.getEmailVerified())) {
            // A provider that lets people type any address must not let them take another's account.
            throw refusal(UNVERIFIED, value);
        }
        UserDetails account = accounts.loadUserByUsername(username(value));
        if (!account.isEnabled()) {
            throw refusal(SWITCHED_OFF, value);
        }
        return new OrganisationUser(confirmed, account.getUsername(), account.getAuthorities());
    }

    private String username(String value) {
        List<Person> found = switch (settings.matches()) {
            case EMAIL -> people.findByEmail(value);
            case USERNAME -> people.findByUsername(value).stream().toList();
        };
        if (found.size() > 1) {
            throw refusal(AMBIGUOUS, value);
        }
        return found.stream()
                .findFirst()
                .orElseThrow(() -> refusal(UNKNOWN, value))
                .getUsername();
    }

    /** The value goes back to the sign-in page, which names it in its message. */
    private static OAuth2AuthenticationException refusal(String code, String value) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, value, null), code + ": " + value);
    }
}
