package org.resilienceroadmap.assessment;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments counted for monitoring. The caller has checked that the jurisdictions are in the
 * reader's scope (a donor's programme, a coordinator's country): this reads no user.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentFigures {

    private final AssessmentRepository assessments;

    AssessmentFigures(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    /** Validated assessments of these jurisdictions, newest first. */
    public List<ValidatedAssessment> validatedIn(Collection<Long> jurisdictionIds) {
        return jurisdictionIds.isEmpty() ? List.of() : assessments.findValidated(jurisdictionIds);
    }
}
