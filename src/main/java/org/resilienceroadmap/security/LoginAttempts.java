package org.resilienceroadmap.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins per username and per client address, in the table {@code login_attempt}. Every
 * change is one atomic SQL statement (an increment, a conditional lock), so that nodes signing in
 * the same person at the same moment neither lose a failure nor lock twice.
 */
@Component
class LoginAttempts {

    enum Kind {
        USERNAME,
        ADDRESS
    }

    /** Whether a sign-in may go ahead now, and whether the username has failures a success must clear. */
    record Standing(Optional<Instant> lockedUntil, boolean usernameHasFailures) {}

    private record Row(String kind, OffsetDateTime lockedUntil) {}

    private static final int MAX_KEY = 200;

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final Clock clock;
    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;

    LoginAttempts(
            JdbcClient jdbc,
            SecuritySettings settings,
            Clock clock,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        // Each step commits on its own: a duplicate first failure from another node must not abort
        // a surrounding transaction (PostgreSQL refuses every later statement of an aborted one).
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Standing standing(String username, String address) {
        Instant now = clock.instant();
        List<Row> rows = jdbc.sql(
                        "select kind, locked_until from login_attempt"
                                + " where (kind = :user and login_key = :username) or (kind = :address and login_key = :clientAddress)")
                .param("user", Kind.USERNAME.name())
                .param("username", usernameKey(username))
                .param("address", Kind.ADDRESS.name())
                .param("clientAddress", addressKey(address))
                .query((rs, n) -> new Row(rs.getString("kind"), rs.getObject("locked_until", OffsetDateTime.class)))
                .list();
        Optional<Instant> lockedUntil = rows.stream()
                .map(Row::lockedUntil)
                .filter(Objects::nonNull)
                .map(OffsetDateTime::toInstant)
                .filter(now::isBefore)
                .max(Comparator.naturalOrder());
        return new Standing(
                lockedUntil, rows.stream().anyMatch(r -> Kind.USERNAME.name().equals(r.kind())));
    }

    void failed(String username, String address) {
        count(Kind.USERNAME, usernameKey(username), settings.maxFailures(), address);
        if (address != null) {
            count(Kind.ADDRESS, addressKey(address), settings.maxFailuresPerAddress(), address);
        }
    }

    /** A successful sign-in clears the username's failures; the address's expire with their period. */
    void succeeded(String username) {
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("delete from login_attempt where kind = :kind"
                        + " and login_key = :key and (locked_until is null or locked_until <= :now)")
                .param("kind", Kind.USERNAME.name())
                .param("key", usernameKey(username))
                .param("now", at(clock.instant()))
                .update());
    }

    /** Rows whose period and lock are over say nothing any more (unknown usernames would pile up). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetExpired() {
        Instant now = clock.instant();
        jdbc.sql("delete from login_attempt where window_start < :windowFrom"
                        + " and (locked_until is null or locked_until < :now)")
                .param("windowFrom", at(now.minus(settings.lockout())))
                .param("now", at(now))
                .update();
    }

    private void count(Kind kind, String key, int max, String address) {
        Instant now = clock.instant();
        if (!increment(kind, key, now)) {
            try {
                ownTransaction.executeWithoutResult(tx -> jdbc.sql("insert into login_attempt"
                                + " (kind, login_key, failures, window_start) values (:kind, :key, 1, :now)")
                        .param("kind", kind.name())
                        .param("key", key)
                        .param("now", at(now))
                        .update());
            } catch (DuplicateKeyException e) {
                // Another node recorded the first failure at the same moment: count on its row.
                increment(kind, key, now);
            }
        }
        Instant until = now.plus(settings.lockout());
        ownTransaction.executeWithoutResult(tx -> {
            int locked = jdbc.sql("update login_attempt set locked_until = :until, failures = 0, window_start = :now"
                            + " where kind = :kind and login_key = :key and failures >= :max")
                    .param("until", at(until))
                    .param("now", at(now))
                    .param("kind", kind.name())
                    .param("key", key)
                    .param("max", max)
                    .update();
            if (locked > 0) {
                audit.record(new AuditEntry(
                        "security",
                        "SIGN_IN",
                        truncate(key, 64),
                        "security:sign-in-paused",
                        null,
                        "PAUSED",
                        max + " failed sign-ins within " + settings.lockout() + " (last from " + address
                                + "); refused until " + until,
                        kind.name().toLowerCase(Locale.ROOT)));
            }
        });
    }

    /** Adds a failure to an existing row, starting the count afresh when its period is over; false if there is none. */
    private boolean increment(Kind kind, String key, Instant now) {
        Integer updated = ownTransaction.execute(tx -> jdbc.sql("update login_attempt set"
                        + " failures = case when window_start < :windowFrom then 1 else failures + 1 end,"
                        + " window_start = case when window_start < :windowFrom then :now else window_start end"
                        + " where kind = :kind and login_key = :key")
                .param("windowFrom", at(now.minus(settings.lockout())))
                .param("now", at(now))
                .param("kind", kind.name())
                .param("key", key)
                .update());
        return updated != null && updated > 0;
    }

    private static String usernameKey(String username) {
        return truncate(username == null ? "" : username.strip().toLowerCase(Locale.ROOT), MAX_KEY);
    }

    private static String addressKey(String address) {
        return address == null ? "" : truncate(address, MAX_KEY);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** As an offset time in UTC, which both H2 and the PostgreSQL driver bind to a timestamp with time zone. */
    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
