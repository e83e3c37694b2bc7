package org.resilienceroadmap.security;

import java.security.SecureRandom;

import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Hashing, the rules a chosen password must meet, and generated one-time passwords. */
@Component
public class Passwords {

    static final int MIN_LENGTH = 12;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    public String hash(String raw) {
        return encoder.encode(raw);
    }

    public boolean matches(String raw, String hash) {
        return encoder.matches(raw, hash);
    }

    /** Rules for passwords people choose (demo accounts are exempt: they are made by the demo profile). */
    public void checkRules(String username, String raw) {
        if (raw == null || raw.length() < MIN_LENGTH) {
            throw new InvalidRequestException("password", "password.rule.length");
        }
        if (raw.toLowerCase().contains(username.toLowerCase())) {
            throw new InvalidRequestException("password", "password.rule.username");
        }
        if (raw.chars().distinct().count() < 5) {
            throw new InvalidRequestException("password", "password.rule.variety");
        }
    }

    public String generateOneTimePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
