package org.resilienceroadmap.assessment;

import static org.resilienceroadmap.assessment.AssessmentService.SUBJECT_TYPE;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.files.FileFacts;
import org.resilienceroadmap.shared.files.FileStore;
import org.resilienceroadmap.shared.files.StoredFile;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The files the working group adds behind its answers: adding, listing, reading and taking them back. */
@Service
public class AssessmentEvidence {

    private final AnswerEvidenceRepository evidence;
    private final FileStore files;
    private final long maxEvidenceBytes;
    private final ScorecardTemplates templates;
    private final AssessmentAccess access;
    private final AssessmentReads reads;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentEvidence(
            AnswerEvidenceRepository evidence,
            FileStore files,
            @Value("${roadmap.assessment.max-evidence-bytes:20971520}") long maxEvidenceBytes,
            ScorecardTemplates templates,
            AssessmentAccess access,
            AssessmentReads reads,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.evidence = evidence;
        this.files = files;
        this.maxEvidenceBytes = maxEvidenceBytes;
        this.templates = templates;
        this.access = access;
        this.reads = reads;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an evidence file on an answer may be: what action evidence accepts (PDF, images, office documents). */
    public UploadPolicy evidencePolicy() {
        return UploadPolicy.anyDocument(maxEvidenceBytes);
    }

    /** Someone who may answer the question adds a file behind the answer, while scoring is open. */
    @Transactional
    public EvidenceFile addEvidence(Long assessmentId, String questionCode, String fileName, byte[] content) {
        UserScope me = currentUser.scope();
        Assessment assessment = access.openForScoring(me, assessmentId);
        templates
                .get(assessment.getTemplateId())
                .question(questionCode)
                .orElseThrow(() -> new NotFoundException("Question", questionCode));
        StoredFile file = files.store(fileName, content, evidencePolicy(), me.username());
        AnswerEvidence added = evidence.save(
                new AnswerEvidence(assessmentId, questionCode, file.getId(), me.username(), Instant.now(clock)));
        audit.record(new AuditEntry(
                me.username(),
                SUBJECT_TYPE,
                String.valueOf(assessmentId),
                "assessment:addEvidence",
                null,
                questionCode,
                file.getName()));
        return listed(added, new FileFacts(file.getId(), file.getName(), file.getSize()));
    }

    /** The evidence files of a question, oldest first, for anyone who sees the assessment. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> evidence(Long assessmentId, String questionCode) {
        Assessment assessment = access.visible(currentUser.scope(), assessmentId);
        templates
                .get(assessment.getTemplateId())
                .question(questionCode)
                .orElseThrow(() -> new NotFoundException("Question", questionCode));
        return listed(evidence.findByAssessmentIdAndQuestionCodeOrderByIdAsc(assessmentId, questionCode));
    }

    /** Every question's evidence files at once, by question, oldest first: the scoring page reads them in one go. */
    @Transactional(readOnly = true)
    public Map<String, List<EvidenceFile>> evidence(Long assessmentId) {
        access.visible(currentUser.scope(), assessmentId);
        return listed(evidence.findByAssessmentIdOrderByIdAsc(assessmentId)).stream()
                .collect(Collectors.groupingBy(EvidenceFile::questionCode));
    }

    /** Names and sizes come without the files' content. */
    private List<EvidenceFile> listed(List<AnswerEvidence> found) {
        Map<Long, FileFacts> facts =
                files.facts(found.stream().map(AnswerEvidence::getFileId).toList());
        return found.stream().map(e -> listed(e, facts.get(e.getFileId()))).toList();
    }

    /** One evidence file of the assessment, for anyone who sees the assessment; another assessment's file is a 404. */
    @Transactional(readOnly = true)
    public StoredFile evidenceFile(Long assessmentId, Long fileId) {
        access.visible(currentUser.scope(), assessmentId);
        evidence.findByAssessmentIdAndFileId(assessmentId, fileId)
                .orElseThrow(() -> new NotFoundException("Evidence", fileId));
        return files.get(fileId);
    }

    /** Whether the caller may take this file back: its uploader or the chair, while scoring is open. */
    @Transactional(readOnly = true)
    public boolean mayRemoveEvidence(Long assessmentId, EvidenceFile file) {
        UserScope me = currentUser.scope();
        Assessment assessment = access.visible(me, assessmentId);
        return AssessmentAccess.isOpenForScoring(assessment)
                && access.inWorkingGroup(me, assessment.getJurisdictionId())
                && (file.addedBy().equals(me.username())
                        || access.hasRole(me, assessment.getJurisdictionId(), Role.CHAIR));
    }

    /** Whether the caller may add evidence now: the working group, while scoring is open. */
    @Transactional(readOnly = true)
    public boolean mayAddEvidence(Long assessmentId) {
        UserScope me = currentUser.scope();
        Assessment assessment = access.visible(me, assessmentId);
        return AssessmentAccess.isOpenForScoring(assessment)
                && access.inWorkingGroup(me, assessment.getJurisdictionId());
    }

    /** The uploader or the chair removes an evidence file while scoring is open; the file goes with it. */
    @Transactional
    public void removeEvidence(Long assessmentId, Long fileId) {
        UserScope me = currentUser.scope();
        Assessment assessment = access.openForScoring(me, assessmentId);
        AnswerEvidence found = evidence.findByAssessmentIdAndFileId(assessmentId, fileId)
                .orElseThrow(() -> new NotFoundException("Evidence", fileId));
        if (!found.getAddedBy().equals(me.username())
                && !access.hasRole(me, assessment.getJurisdictionId(), Role.CHAIR)) {
            throw new ForbiddenException(Refusal.of("refusal.assessment.fileRemoval"));
        }
        String name = files.facts(List.of(fileId)).get(fileId).name();
        evidence.delete(found);
        evidence.flush();
        files.delete(fileId);
        audit.record(new AuditEntry(
                me.username(),
                SUBJECT_TYPE,
                String.valueOf(assessmentId),
                "assessment:removeEvidence",
                found.getQuestionCode(),
                null,
                name));
    }

    private EvidenceFile listed(AnswerEvidence e, FileFacts file) {
        return new EvidenceFile(
                e.getFileId(),
                e.getQuestionCode(),
                file.name(),
                file.size(),
                e.getAddedBy(),
                reads.nameOf(e.getAddedBy()),
                e.getAddedAt());
    }
}
