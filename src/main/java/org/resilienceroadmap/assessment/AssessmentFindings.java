package org.resilienceroadmap.assessment;

import static org.resilienceroadmap.assessment.AssessmentService.MAX_TEXT;
import static org.resilienceroadmap.assessment.AssessmentService.SUBJECT_TYPE;
import static org.resilienceroadmap.assessment.AssessmentText.blankToNull;
import static org.resilienceroadmap.assessment.AssessmentText.requireLength;

import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chair's consolidation of what the assessment found: adding, revising, dismissing and merging findings. */
@Service
public class AssessmentFindings {

    private final FindingRepository findings;
    private final AssessmentAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    AssessmentFindings(FindingRepository findings, AssessmentAccess access, CurrentUser currentUser, AuditLog audit) {
        this.findings = findings;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The chair adds or revises a finding while consolidating. */
    @Transactional
    public Finding saveFinding(Long assessmentId, Long findingId, int essential, String gap, String recommendation) {
        UserScope me = currentUser.scope();
        Assessment assessment = access.visible(me, assessmentId);
        access.requireRole(me, assessment.getJurisdictionId(), Role.CHAIR);
        assessment.requireState(AssessmentState.CONSOLIDATION);
        if (gap == null || gap.isBlank()) {
            throw new InvalidRequestException("gap", Refusal.of("refusal.assessment.findingGap"));
        }
        requireLength("gap", gap, MAX_TEXT);
        requireLength("recommendation", recommendation, MAX_TEXT);
        if (essential < 1 || essential > 10) {
            throw new InvalidRequestException("essential", Refusal.of("refusal.strategy.essentials"));
        }
        if (findingId == null) {
            return findings.save(new Finding(assessmentId, essential, null, gap.strip(), blankToNull(recommendation)));
        }
        Finding finding = findings.findById(findingId)
                .filter(f -> f.getAssessmentId().equals(assessmentId))
                .orElseThrow(() -> new NotFoundException("Finding", findingId));
        finding.revise(gap.strip(), blankToNull(recommendation));
        return finding;
    }

    /** The chair dismisses a finding (one proposed from a low score, or one added) while consolidating. */
    @Transactional
    public void dismissFinding(Long assessmentId, Long findingId) {
        Finding finding = findingToChange(assessmentId, findingId);
        findings.delete(finding);
        audit.record(new AuditEntry(
                currentUser.scope().username(),
                SUBJECT_TYPE,
                String.valueOf(assessmentId),
                "assessment:dismissFinding",
                null,
                null,
                finding.getGap()));
    }

    /**
     * The chair merges one finding into another while consolidating: the kept one says both gaps and
     * both recommendations (within the length a finding has), the other is gone.
     */
    @Transactional
    public Finding mergeFindings(Long assessmentId, Long keptId, Long mergedId) {
        Finding kept = findingToChange(assessmentId, keptId);
        if (keptId.equals(mergedId)) {
            throw new InvalidRequestException("mergedId", Refusal.of("refusal.assessment.mergeItself"));
        }
        Finding merged = findingToChange(assessmentId, mergedId);
        String gap = joined(kept.getGap(), merged.getGap());
        String recommendation = joined(kept.getRecommendation(), merged.getRecommendation());
        requireLength("gap", gap, MAX_TEXT);
        requireLength("recommendation", recommendation, MAX_TEXT);
        kept.revise(gap, recommendation);
        findings.delete(merged);
        audit.record(new AuditEntry(
                currentUser.scope().username(),
                SUBJECT_TYPE,
                String.valueOf(assessmentId),
                "assessment:mergeFindings",
                null,
                null,
                merged.getGap(),
                String.valueOf(keptId)));
        return kept;
    }

    private Finding findingToChange(Long assessmentId, Long findingId) {
        UserScope me = currentUser.scope();
        Assessment assessment = access.visible(me, assessmentId);
        access.requireRole(me, assessment.getJurisdictionId(), Role.CHAIR);
        assessment.requireState(AssessmentState.CONSOLIDATION);
        return findings.findById(findingId)
                .filter(f -> f.getAssessmentId().equals(assessmentId))
                .orElseThrow(() -> new NotFoundException("Finding", findingId));
    }

    private static String joined(String first, String second) {
        if (first == null || second == null || first.equals(second)) {
            return first == null ? second : first;
        }
        return first + "\n\n" + second;
    }
}
