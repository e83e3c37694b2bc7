package org.resilienceroadmap.publication;

import java.time.Instant;

/**
 * A city's public page as its chair and coordinators see it: its state (null before any proposal), when it
 * was proposed, decided or withdrawn, what the reader may do now, and the public address once published.
 */
public record PublicationStatus(
        Long jurisdictionId,
        String code,
        PublicationState state,
        Instant proposedAt,
        Instant decidedAt,
        Instant withdrawnAt,
        boolean mayPropose,
        boolean mayWithdraw,
        long version) {

    /** The page's path, relative to the application root, while it is public. */
    public String publicPath() {
        return state == PublicationState.PUBLISHED ? PublicCities.PATH + "/" + code : null;
    }
}
