package org.resilienceroadmap.hub;

import java.time.Instant;

/**
 * One hub with its commitments, and what the caller may do with it: revise a returned application,
 * apply for renewal during a term. {@code version} guards both against a concurrent change.
 */
public record HubDetail(
        HubLine hub,
        HubCommitments commitments,
        String appliedBy,
        Instant appliedAt,
        long version,
        boolean mayRevise,
        boolean mayRenew) {}
