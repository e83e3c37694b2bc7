package org.resilienceroadmap.security;

import java.time.Instant;
import java.time.LocalDate;

/** A token as its person sees it in the list: never its secret. */
public record ApiTokenLine(
        long id,
        String name,
        ApiTokenAccess access,
        Instant createdAt,
        LocalDate expiresOn,
        Instant lastUsedAt,
        Instant revokedAt,
        boolean valid) {}
