package org.resilienceroadmap.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in (the login form and HTTP Basic alike) with throttling: a username
 * or client address with too many recent failures is refused before its password is even checked,
 * so the right password does not help an attacker who is guessing.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final LoginAttempts attempts;
    private final AuthenticationProvider passwords;

    ThrottledAuthenticationProvider(LoginAttempts attempts, AuthenticationProvider passwords) {
        this.attempts = attempts;
        this.passwords = passwords;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName();
        String address =
                request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        LoginAttempts.Standing standing = attempts.standing(username, address);
        if (standing.lockedUntil().isPresent()) {
            throw new SignInThrottledException(standing.lockedUntil().get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(request);
        } catch (BadCredentialsException e) {
            // Unknown usernames count too, so that a refusal tells nothing about which accounts exist.
            attempts.failed(username, address);
            throw e;
        }
        if (standing.usernameHasFailures()) {
            attempts.succeeded(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
