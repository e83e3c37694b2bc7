package org.resilienceroadmap.security;

import java.util.Optional;

import org.resilienceroadmap.shared.error.ForbiddenException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, in a view or an API request, and what they may see. */
@Component
public class CurrentUser {

    private final ScopeResolver resolver;

    CurrentUser(ScopeResolver resolver) {
        this.resolver = resolver;
    }

    public Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    /** The caller's scope; refuses when nobody is signed in. */
    public UserScope scope() {
        return username().map(resolver::resolve)
                .orElseThrow(() -> new ForbiddenException("Sign in first"));
    }

}
