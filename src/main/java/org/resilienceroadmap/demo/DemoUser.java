package org.resilienceroadmap.demo;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs one step of the demo's history as the demo account who would have taken it. */
final class DemoUser {

    private DemoUser() {}

    static <T> T as(String username, Supplier<T> step) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(username, null, AuthorityUtils.NO_AUTHORITIES));
        try {
            return step.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
