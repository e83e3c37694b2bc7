package org.resilienceroadmap.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.process.RoadmapProcess;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.files.DocumentType;
import org.resilienceroadmap.shared.files.FileFacts;
import org.resilienceroadmap.shared.files.FileStore;
import org.resilienceroadmap.shared.files.StoredFile;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering the roadmap at stage B or C: the chair attaches the evidence, a coordinator validates it.
 * The roadmap process ({@code processes/roadmap.bpmn}) waits on both; this keeps what they decided.
 */
@Service
public class RoadmapEntries {

    private final RoadmapEntryRepository entries;
    private final JurisdictionDirectory directory;
    private final FileStore files;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxDocumentBytes;

    RoadmapEntries(
            RoadmapEntryRepository entries,
            JurisdictionDirectory directory,
            FileStore files,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            RoadmapSettings settings) {
        this.entries = entries;
        this.directory = directory;
        this.files = files;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.maxDocumentBytes = settings.entry().maxDocumentBytes();
    }

    /** A prior assessment is a scorecard workbook or a report; an adopted strategy a document or its scan. */
    public UploadPolicy documentPolicy() {
        return new UploadPolicy(
                maxDocumentBytes,
                EnumSet.of(
                        DocumentType.PDF,
                        DocumentType.DOCX,
                        DocumentType.ODT,
                        DocumentType.XLSX,
                        DocumentType.PNG,
                        DocumentType.JPEG));
    }

    @Transactional
    void open(Long jurisdictionId, RoadmapStage stage, LocalDate joinedOn) {
        entries.save(new RoadmapEntry(jurisdictionId, stage, joinedOn));
    }

    /** The entry's evidence, attached by the working group's chair until a coordinator has decided on it. */
    @Transactional
    public EntryDetail attach(
            Long jurisdictionId, String fileName, byte[] content, LocalDate strategyAdoptedOn, String adoptingBody) {
        UserScope me = currentUser.scope();
        RoadmapEntry entry = visibleEntry(me, jurisdictionId);
        if (!me.groups().contains("chair:" + directory.codeOf(jurisdictionId))) {
            throw new ForbiddenException(Refusal.of("refusal.entry.onlyChair"));
        }
        if (entry.getDecision() != null) {
            throw new ConflictException(Refusal.of("refusal.entry.decided"));
        }
        String body = adoptingBody == null ? null : adoptingBody.strip();
        if (entry.getRequestedStage() == RoadmapStage.C) {
            if (strategyAdoptedOn == null
                    || strategyAdoptedOn.isAfter(Days.today(clock))
                    || strategyAdoptedOn.getYear() < 2000) {
                throw new InvalidRequestException("strategyAdoptedOn", Refusal.of("refusal.entry.adoptedOn"));
            }
            if (body == null || body.isEmpty() || body.length() > 300) {
                throw new InvalidRequestException("adoptingBody", Refusal.of("refusal.entry.adoptingBody"));
            }
        }
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("document", Refusal.of("refusal.entry.document"));
        }
        StoredFile file = files.store(fileName, content, documentPolicy(), me.username());
        Long previous = entry.getDocumentId();
        boolean c = entry.getRequestedStage() == RoadmapStage.C;
        entry.attach(file.getId(), c ? strategyAdoptedOn : null, c ? body : null, me.username(), Instant.now(clock));
        entries.saveAndFlush(entry);
        if (previous != null) {
            files.delete(previous);
        }
        audit.record(new AuditEntry(
                        me.username(),
                        RoadmapService.SUBJECT_TYPE,
                        String.valueOf(jurisdictionId),
                        "roadmap:entryEvidence",
                        null,
                        entry.getRequestedStage().name(),
                        file.getName())
                .in(jurisdictionId));
        return detail(entry);
    }

    @Transactional(readOnly = true)
    public Optional<EntryDetail> of(Long jurisdictionId) {
        UserScope me = currentUser.scope();
        if (!me.sees(jurisdictionId)) {
            throw new NotFoundException("Jurisdiction", jurisdictionId);
        }
        return entries.findByJurisdictionId(jurisdictionId).map(this::detail);
    }

    /** The evidence document, for anyone who sees the jurisdiction. */
    @Transactional(readOnly = true)
    public StoredFile document(Long jurisdictionId) {
        RoadmapEntry entry = visibleEntry(currentUser.scope(), jurisdictionId);
        if (entry.getDocumentId() == null) {
            throw new NotFoundException("Entry document of jurisdiction", jurisdictionId);
        }
        return files.get(entry.getDocumentId());
    }

    /** The chair sends the entry for validation: refused until the evidence its stage needs is attached. */
    @Transactional(readOnly = true)
    public void requireEvidence(Long jurisdictionId) {
        RoadmapEntry entry = entry(jurisdictionId);
        if (!entry.evidenceComplete()) {
            throw new InvalidRequestException(
                    "document",
                    Refusal.of(
                            entry.getRequestedStage() == RoadmapStage.C
                                    ? "refusal.entry.needsStrategy"
                                    : "refusal.entry.needsAssessment"));
        }
    }

    /**
     * A coordinator's validation: accept runs the roadmap from the stage asked for; send back names an
     * earlier stage. Returns the stage the roadmap runs from.
     */
    @Transactional
    public RoadmapStage decide(Long jurisdictionId, String outcome, String sendBackTo, String by, String comment) {
        RoadmapEntry entry = entry(jurisdictionId);
        RoadmapStage stage;
        EntryDecision decision;
        if (RoadmapProcess.OUTCOME_SEND_BACK.equals(outcome)) {
            stage = earlierStage(entry, sendBackTo);
            decision = EntryDecision.SENT_BACK;
        } else {
            if (!entry.evidenceComplete()) {
                throw new ConflictException(Refusal.of("refusal.entry.noEvidence"));
            }
            stage = entry.getRequestedStage();
            decision = EntryDecision.ACCEPTED;
        }
        entry.decide(decision, stage, by, comment, Instant.now(clock));
        entries.saveAndFlush(entry);
        audit.record(new AuditEntry(
                        by,
                        RoadmapService.SUBJECT_TYPE,
                        String.valueOf(jurisdictionId),
                        "roadmap:entry" + (decision == EntryDecision.ACCEPTED ? "Accepted" : "SentBack"),
                        entry.getRequestedStage().name(),
                        stage.name(),
                        comment)
                .in(jurisdictionId));
        return stage;
    }

    private static RoadmapStage earlierStage(RoadmapEntry entry, String sendBackTo) {
        RoadmapStage stage;
        try {
            stage = sendBackTo == null || sendBackTo.isBlank() ? null : RoadmapStage.valueOf(sendBackTo.strip());
        } catch (IllegalArgumentException e) {
            stage = null;
        }
        if (stage == null || stage.ordinal() >= entry.getRequestedStage().ordinal()) {
            throw new InvalidRequestException(
                    RoadmapProcess.SEND_BACK_TO,
                    Refusal.of("refusal.entry.earlierStage", new Refusal.Text("stage." + entry.getRequestedStage())));
        }
        return stage;
    }

    private RoadmapEntry visibleEntry(UserScope me, Long jurisdictionId) {
        if (!me.sees(jurisdictionId)) {
            throw new NotFoundException("Jurisdiction", jurisdictionId);
        }
        return entry(jurisdictionId);
    }

    private RoadmapEntry entry(Long jurisdictionId) {
        return entries.findByJurisdictionId(jurisdictionId)
                .orElseThrow(() -> new NotFoundException("Roadmap entry of jurisdiction", jurisdictionId));
    }

    private EntryDetail detail(RoadmapEntry e) {
        FileFacts document = e.getDocumentId() == null
                ? null
                : files.facts(java.util.List.of(e.getDocumentId())).get(e.getDocumentId());
        return new EntryDetail(
                e.getJurisdictionId(),
                e.getRequestedStage(),
                e.getJoinedOn(),
                document,
                e.getStrategyAdoptedOn(),
                e.getAdoptingBody(),
                e.evidenceComplete(),
                e.getAttachedBy(),
                e.getAttachedAt(),
                e.getDecision(),
                e.getDecidedStage(),
                e.getDecidedBy(),
                e.getDecidedAt(),
                e.getDecisionComment(),
                e.getVersion());
    }
}
