package org.resilienceroadmap.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling ({@code roadmap.security.*}): after {@code maxFailures} failed sign-ins for one
 * username within {@code lockout}, sign-in for that username is refused for {@code lockout}, even with
 * the right password. One client address gets {@code maxFailuresPerAddress} failures, over all
 * usernames, before it is refused in the same way: higher, because an office shares one address.
 */
@ConfigurationProperties("roadmap.security")
public record SecuritySettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("PT15M") Duration lockout,
        @DefaultValue("20") int maxFailuresPerAddress) {

    public SecuritySettings {
        if (maxFailures < 1 || maxFailuresPerAddress < 1 || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("roadmap.security: failures must be 1 or more, the lockout positive");
        }
    }
}
