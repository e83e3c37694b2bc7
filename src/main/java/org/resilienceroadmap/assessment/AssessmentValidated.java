package org.resilienceroadmap.assessment;

/** A coordinator validated an assessment; its findings can now feed a strategy. */
public record AssessmentValidated(Long assessmentId, Long jurisdictionId, String validatedBy) {
}
