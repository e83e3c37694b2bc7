package org.resilienceroadmap.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a system that pulls figures every night acts as its person without that
 * person's password, and without a bcrypt check on every call. The secret is 32 random bytes, shown
 * once; only its SHA-256 is kept, which is fast to check and useless to a reader of the database.
 * Every request looks the token up afresh, so a revocation holds on every node at the next request.
 */
@Service
public class ApiTokens {

    /** The longest a token lives: a year, so that a forgotten one ends by itself. */
    public static final int MAX_DAYS = 366;

    /** How often a token's last use is written (and audited): not on every call of a nightly pull. */
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private static final String PREFIX = "rr_";

    private final ApiTokenRepository tokens;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, PeopleDirectory people, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public NewApiToken create(String name, ApiTokenAccess access, LocalDate expiresOn) {
        UserScope me = signedInInPerson();
        String checkedName = name == null ? "" : name.strip();
        if (checkedName.isEmpty()) {
            throw new InvalidRequestException("name", Refusal.of("refusal.field.required", field("name")));
        }
        if (checkedName.length() > ApiToken.NAME_LENGTH) {
            throw new InvalidRequestException(
                    "name", Refusal.counted("refusal.field.tooLong", ApiToken.NAME_LENGTH, field("name")));
        }
        if (access == null) {
            throw new InvalidRequestException("access", Refusal.of("refusal.field.required", field("access")));
        }
        LocalDate today = Days.today(clock);
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new InvalidRequestException("expiresOn", Refusal.counted("refusal.apiToken.expiry", MAX_DAYS));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token =
                tokens.save(new ApiToken(me.personId(), checkedName, hash(secret), access, clock.instant(), expiresOn));
        audit.record(entry(me.username(), token, "api-token:create"));
        return new NewApiToken(line(token, today), secret);
    }

    @Transactional(readOnly = true)
    public Page<ApiTokenLine> mine(Pageable page) {
        UserScope me = currentUser.scope();
        LocalDate today = Days.today(clock);
        return tokens.findByPersonIdOrderByCreatedAtDesc(me.personId(), page).map(token -> line(token, today));
    }

    @Transactional
    public ApiTokenLine revoke(long id) {
        UserScope me = signedInInPerson();
        ApiToken token = tokens.findById(id)
                .filter(t -> t.getPersonId().equals(me.personId()))
                .orElseThrow(() -> new NotFoundException("API token", id));
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant());
            audit.record(entry(me.username(), token, "api-token:revoke"));
        }
        return line(token, Days.today(clock));
    }

    /**
     * The person a bearer secret acts as, if it is one of ours, not revoked, not expired, and its person
     * may still sign in. Records the use (at most once a minute per token).
     */
    @Transactional
    public Optional<Bearer> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(hash(secret));
        if (found.isEmpty() || !found.get().isValidOn(Days.today(clock))) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Person person = people.get(token.getPersonId());
        if (!person.isEnabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (token.getLastUsedAt() == null
                || token.getLastUsedAt().plus(USE_RECORDED_EVERY).isBefore(now)) {
            token.usedAt(now);
            audit.recordAccess(entry(person.getUsername(), token, "api-token:use"));
        }
        return Optional.of(new Bearer(token.getId(), person.getUsername(), token.getAccess()));
    }

    /** Who a valid token acts as, and what it may do. */
    public record Bearer(long tokenId, String username, ApiTokenAccess access) {}

    /** Tokens are made and revoked by their person signed in with a password, never with another token. */
    private UserScope signedInInPerson() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
            throw new ForbiddenException(Refusal.of("refusal.apiToken.notWithAToken"));
        }
        return currentUser.scope();
    }

    private static AuditEntry entry(String actor, ApiToken token, String action) {
        return new AuditEntry(
                actor, "api-token", String.valueOf(token.getId()), action, null, null, null, token.getName());
    }

    private static ApiTokenLine line(ApiToken token, LocalDate today) {
        return new ApiTokenLine(
                token.getId(),
                token.getName(),
                token.getAccess(),
                token.getCreatedAt(),
                token.getExpiresOn(),
                token.getLastUsedAt(),
                token.getRevokedAt(),
                token.isValidOn(today));
    }

    private static Refusal.Text field(String name) {
        return new Refusal.Text("refusal.fieldName." + name);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
