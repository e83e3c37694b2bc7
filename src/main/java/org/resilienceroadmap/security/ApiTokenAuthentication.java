package org.resilienceroadmap.security;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request signed in with a personal API token: its person's roles, and what the token may do. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final ApiTokens.Bearer bearer;

    ApiTokenAuthentication(ApiTokens.Bearer bearer, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.bearer = bearer;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return bearer.username();
    }

    @Override
    public String getName() {
        return bearer.username();
    }

    ApiTokens.Bearer bearer() {
        return bearer;
    }
}
