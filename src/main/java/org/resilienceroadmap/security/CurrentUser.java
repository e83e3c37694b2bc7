package org.resilienceroadmap.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.resilienceroadmap.directory.DirectoryChanged;
import org.resilienceroadmap.shared.TransactionBound;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.springframework.context.event.EventListener;
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

    /**
     * The caller's scope; refuses when nobody is signed in. Worked out once per transaction: one
     * request asks for it many times (service, engine listeners, checks), and for a coordinator of a
     * region it is thousands of jurisdictions. A change to the directory in the same transaction
     * ({@link DirectoryChanged}) forgets it; other transactions get it from {@link ScopeResolver},
     * which keeps it until the directory changes.
     */
    public UserScope scope() {
        String username = username().orElseThrow(() -> new ForbiddenException("Sign in first"));
        Map<String, UserScope> known = transactionCache();
        if (known == null) {
            return resolver.resolve(username);
        }
        UserScope scope = known.get(username);
        if (scope == null) {
            scope = resolver.resolve(username);
            known.put(username, scope);
        }
        return scope;
    }

    @EventListener
    void directoryChanged(DirectoryChanged change) {
        Map<String, UserScope> known = transactionCache();
        if (known != null) {
            known.clear();
        }
    }

    private Map<String, UserScope> transactionCache() {
        return TransactionBound.get(this, HashMap::new);
    }
}
