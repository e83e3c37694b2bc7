package org.resilienceroadmap.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Hashing, the rules a chosen password must meet, and generated one-time passwords. */
@Component
public class Passwords {

    static final int MIN_LENGTH = 12;

    /**
     * The twenty passwords most often found in leaked password lists. Most are shorter than the
     * minimum; the rule catches them padded to length with digits ("password2024", "qwerty123456").
     */
    static final List<String> MOST_COMMON = List.of(
            "123456",
            "password",
            "123456789",
            "12345678",
            "12345",
            "qwerty",
            "1234567",
            "111111",
            "123123",
            "abc123",
            "1234567890",
            "password1",
            "iloveyou",
            "000000",
            "qwerty123",
            "admin",
            "welcome",
            "letmein",
            "monkey",
            "dragon");

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
        if (isCommon(raw)) {
            throw new InvalidRequestException("password", "password.rule.common");
        }
    }

    /**
     * One of {@link #MOST_COMMON}, whatever its case, punctuation and spaces, alone or with digits
     * before or after it: what guessers try first.
     */
    static boolean isCommon(String raw) {
        String plain = raw.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return MOST_COMMON.stream().anyMatch(common -> digitsOnly(plain, common));
    }

    private static boolean digitsOnly(String candidate, String common) {
        int at = candidate.indexOf(common);
        while (at >= 0) {
            String rest = candidate.substring(0, at) + candidate.substring(at + common.length());
            if (rest.chars().allMatch(Character::isDigit)) {
                return true;
            }
            at = candidate.indexOf(common, at + 1);
        }
        return false;
    }

    public String generateOneTimePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
