package org.resilienceroadmap.assessment;

import java.time.Instant;

/** A validated assessment as counts and lists of a programme's indicators see it. */
public interface ValidatedAssessment {

    Long getId();

    Long getJurisdictionId();

    Instant getValidatedAt();
}
