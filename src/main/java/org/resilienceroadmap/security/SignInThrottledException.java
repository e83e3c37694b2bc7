package org.resilienceroadmap.security;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused, whatever the password, because of repeated failures; retry after {@link #retryAfter()}. */
public class SignInThrottledException extends AuthenticationException {

    private final Instant retryAfter;

    public SignInThrottledException(Instant retryAfter) {
        super("Too many failed sign-ins; try again after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
