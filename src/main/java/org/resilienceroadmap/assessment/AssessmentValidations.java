package org.resilienceroadmap.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a jurisdiction's assessments were validated, newest first: what the roadmap's gate checklist
 * asks. Without a scope check: the checklist asks inside the engine, for a jurisdiction checked first.
 */
@Service
public class AssessmentValidations {

    private final AssessmentRepository assessments;

    AssessmentValidations(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Transactional(readOnly = true)
    public List<Instant> validatedAt(Long jurisdictionId) {
        return assessments.findByJurisdictionIdOrderByCreatedAtDesc(jurisdictionId).stream()
                .filter(a -> a.getState() == AssessmentState.VALIDATED)
                .map(Assessment::getValidatedAt)
                .filter(Objects::nonNull)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }
}
