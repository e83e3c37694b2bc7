package org.resilienceroadmap.security;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A person's API token: its name, what it may do, until when; the secret itself is never stored. */
@Entity
@Table(name = "api_token")
class ApiToken extends BaseEntity {

    static final int NAME_LENGTH = 100;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApiTokenAccess access;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(
            Long personId,
            String name,
            String tokenHash,
            ApiTokenAccess access,
            Instant createdAt,
            LocalDate expiresOn) {
        this.personId = personId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.access = access;
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
    }

    /** Usable on {@code today}: not revoked and not past the day it expires on. */
    boolean isValidOn(LocalDate today) {
        return revokedAt == null && !today.isAfter(expiresOn);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void usedAt(Instant now) {
        lastUsedAt = now;
    }

    Long getPersonId() {
        return personId;
    }

    String getName() {
        return name;
    }

    ApiTokenAccess getAccess() {
        return access;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    LocalDate getExpiresOn() {
        return expiresOn;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
