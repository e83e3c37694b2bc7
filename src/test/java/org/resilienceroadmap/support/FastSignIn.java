package org.resilienceroadmap.support;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * For tests that make thousands of HTTP Basic calls: the demo accounts keep the password {@code demo},
 * hashed with bcrypt's lowest cost instead of the default one. Signing in takes the same path (the
 * delegating encoder checks the bcrypt hash) in a millisecond instead of a tenth of a second.
 */
public final class FastSignIn {

    public static final List<String> DEMO_ACCOUNTS = List.of(
            "member.dushanbe",
            "chair.dushanbe",
            "coordinator.tajikistan",
            "coordinator.centralasia",
            "chair.kraljevo",
            "coordinator.serbia",
            "donor.eu",
            "admin");

    private FastSignIn() {}

    public static void forDemoAccounts(JdbcTemplate jdbc) {
        forAccounts(jdbc, DEMO_ACCOUNTS);
    }

    public static void forAccounts(JdbcTemplate jdbc, List<String> usernames) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("demo");
        for (String username : usernames) {
            jdbc.update("update person set password_hash = ? where username = ?", hash, username);
        }
    }
}
