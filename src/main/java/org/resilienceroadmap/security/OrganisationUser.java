package org.resilienceroadmap.security;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through their organisation: the provider's identity, with our account's username
 * as the name (what {@link CurrentUser} and the engine go by) and our account's authorities.
 */
record OrganisationUser(OidcUser confirmed, String username, Collection<? extends GrantedAuthority> authorities)
        implements OidcUser, java.io.Serializable {

    @Override
    public String getName() {
        return username;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return confirmed.getAttributes();
    }

    @Override
    public Map<String, Object> getClaims() {
        return confirmed.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return confirmed.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return confirmed.getIdToken();
    }
}
