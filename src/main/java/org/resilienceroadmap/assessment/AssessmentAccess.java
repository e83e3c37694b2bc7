package org.resilienceroadmap.assessment;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with an assessment: its jurisdiction's scope, the chair, the working
 * group. The assessment services ask it before each command and read.
 */
@Component
class AssessmentAccess {

    private final AssessmentRepository assessments;
    private final JurisdictionDirectory jurisdictions;

    AssessmentAccess(AssessmentRepository assessments, JurisdictionDirectory jurisdictions) {
        this.assessments = assessments;
        this.jurisdictions = jurisdictions;
    }

    Assessment get(Long id) {
        return assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
    }

    /** The assessment if the caller's scope covers its jurisdiction; else it does not exist for them. */
    Assessment visible(UserScope me, Long id) {
        Assessment assessment = get(id);
        if (!me.sees(assessment.getJurisdictionId())) {
            throw new NotFoundException("Assessment", id);
        }
        return assessment;
    }

    void requireRole(UserScope me, Long jurisdictionId, Role role) {
        if (!me.sees(jurisdictionId)) {
            throw new NotFoundException("Jurisdiction", jurisdictionId);
        }
        if (!hasRole(me, jurisdictionId, role)) {
            throw new ForbiddenException(
                    Refusal.of("refusal.assessment.onlyRole", new Refusal.Text("role." + role.name())));
        }
    }

    /** Whether the caller holds this role in the jurisdiction (its engine group, e.g. chair:RS-KV). */
    boolean hasRole(UserScope me, Long jurisdictionId, Role role) {
        return me.groups()
                .contains(role.name().toLowerCase() + ":"
                        + jurisdictions.get(jurisdictionId).getCode());
    }

    boolean inWorkingGroup(UserScope me, Long jurisdictionId) {
        return hasRole(me, jurisdictionId, Role.MEMBER) || hasRole(me, jurisdictionId, Role.CHAIR);
    }

    void requireWorkingGroup(UserScope me, Long jurisdictionId) {
        if (!inWorkingGroup(me, jurisdictionId)) {
            throw new ForbiddenException(Refusal.of("refusal.assessment.onlyWorkingGroup"));
        }
    }

    /** The assessment for its working group while answers and evidence may still change. */
    Assessment openForScoring(UserScope me, Long assessmentId) {
        Assessment assessment = visible(me, assessmentId);
        requireWorkingGroup(me, assessment.getJurisdictionId());
        if (!isOpenForScoring(assessment)) {
            // Said in words: the state's constant is no text for the person who reads the answer.
            throw new ConflictException(Refusal.of("refusal.assessment.notScoring"));
        }
        return assessment;
    }

    static boolean isOpenForScoring(Assessment assessment) {
        return assessment.getState() == AssessmentState.SCORING
                || assessment.getState() == AssessmentState.CONSOLIDATION;
    }
}
