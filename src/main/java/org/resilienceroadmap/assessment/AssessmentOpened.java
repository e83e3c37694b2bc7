package org.resilienceroadmap.assessment;

/** A chair opened a scorecard self-assessment. */
public record AssessmentOpened(Long assessmentId, Long jurisdictionId, String templateId) {
}
