package org.resilienceroadmap.support;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a block as a named account, the way a signed-in request would, and restores who was signed in before. */
public final class SignedIn {

    private SignedIn() {}

    public static <T> T as(String username, Supplier<T> block) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(username, null, AuthorityUtils.NO_AUTHORITIES));
        try {
            return block.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
