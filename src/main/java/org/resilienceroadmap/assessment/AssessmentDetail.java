package org.resilienceroadmap.assessment;

import java.util.List;

/** An assessment with its template, answers, scores (per Essential, then overall) and findings. */
public record AssessmentDetail(
        Assessment assessment,
        ScorecardTemplate template,
        List<Answer> answers,
        List<EssentialScore> scores,
        List<Finding> findings) {}
