package org.resilienceroadmap.strategy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.files.DocumentType;
import org.resilienceroadmap.shared.files.FileStore;
import org.resilienceroadmap.shared.files.StoredFile;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.resilienceroadmap.strategy.process.StrategyReviewProcess;
import org.resilienceroadmap.workflow.OpenTask;
import org.resilienceroadmap.workflow.ProcessRuns;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The formal adoption of an approved strategy: the chair records the decision with the signed
 * document, which completes the review process's adoption step; people in scope download the document.
 */
@Service
public class StrategyAdoptions {

    private final StrategyAccess access;
    private final StrategyAdoptionRepository adoptions;
    private final FileStore files;
    private final ProcessRuns runs;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final StrategySettings settings;
    private final Clock clock;
    private final StrategyVersionRepository versions;

    StrategyAdoptions(
            StrategyAccess access,
            StrategyAdoptionRepository adoptions,
            FileStore files,
            ProcessRuns runs,
            CurrentUser currentUser,
            AuditLog audit,
            StrategySettings settings,
            Clock clock,
            StrategyVersionRepository versions) {
        this.versions = versions;
        this.access = access;
        this.adoptions = adoptions;
        this.files = files;
        this.runs = runs;
        this.currentUser = currentUser;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** The signed decision may be a PDF, a Word or OpenDocument text, or a scan as PNG or JPEG. */
    public UploadPolicy documentPolicy() {
        return new UploadPolicy(
                settings.maxDocumentBytes(),
                EnumSet.of(DocumentType.PDF, DocumentType.DOCX, DocumentType.ODT, DocumentType.PNG, DocumentType.JPEG));
    }

    @Transactional
    public StrategyAdoption record(Long strategyId, AdoptionRecord record, String fileName, byte[] document) {
        UserScope me = currentUser.scope();
        Strategy strategy = access.visible(me, strategyId);
        access.requireChair(me, strategy.getJurisdictionId());
        if (strategy.getState() != StrategyState.APPROVED
                || adoptions.findByStrategyId(strategyId).isPresent()) {
            throw new ConflictException(Refusal.of(
                    strategy.getState() == StrategyState.ADOPTED
                            ? "refusal.adoption.recordedAlready"
                            : "refusal.adoption.notApproved"));
        }
        check(record);
        OpenTask step = runs.openTaskWith(
                        StrategyReviewProcess.KEY,
                        StrategyReviewProcess.TASK_RECORD_ADOPTION,
                        ProcessVariables.SUBJECT_ID,
                        String.valueOf(strategyId))
                .orElseThrow(() -> new ConflictException(Refusal.of("refusal.adoption.notWaiting")));
        StoredFile file = files.store(fileName, document, documentPolicy(), me.username());
        // After the document's own checks, so that a missing or wrong document is named first.
        requireAdoptedAfterApproval(strategyId, record.adoptedOn());
        StrategyAdoption adoption = adoptions.save(
                new StrategyAdoption(strategyId, record, file.getId(), me.username(), Instant.now(clock)));
        audit.record(new AuditEntry(
                        me.username(),
                        StrategyService.SUBJECT_TYPE,
                        String.valueOf(strategyId),
                        "strategy:adoption",
                        strategy.getState().name(),
                        strategy.getState().name(),
                        record.decisionReference() + " · " + record.adoptedOn() + " · " + record.adoptingBody(),
                        "v" + strategy.getVersionCount())
                .in(strategy.getJurisdictionId()));
        runs.complete(step.id(), java.util.Map.of(ProcessVariables.DECIDED_BY, me.username()));
        return adoption;
    }

    private void check(AdoptionRecord record) {
        if (record.decisionReference() == null
                || record.decisionReference().isBlank()
                || record.decisionReference().length() > 200) {
            throw new InvalidRequestException("decisionReference", Refusal.of("refusal.adoption.reference"));
        }
        if (record.adoptingBody() == null
                || record.adoptingBody().isBlank()
                || record.adoptingBody().length() > 300) {
            throw new InvalidRequestException("adoptingBody", Refusal.of("refusal.adoption.body"));
        }
        if (record.adoptedOn() == null || record.adoptedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("adoptedOn", Refusal.of("refusal.adoption.date"));
        }
    }

    /**
     * A body cannot adopt what the coordinator has not approved yet: the adoption date may not precede
     * the day (in {@link org.resilienceroadmap.shared.Days#ZONE}) the approved version was approved.
     */
    private void requireAdoptedAfterApproval(Long strategyId, LocalDate adoptedOn) {
        versions.findByStrategyIdOrderByNumberAsc(strategyId).stream()
                .filter(v -> VersionDecision.APPROVED.code().equals(v.getDecision()) && v.getDecidedAt() != null)
                .map(v -> v.getDecidedAt()
                        .atZone(org.resilienceroadmap.shared.Days.ZONE)
                        .toLocalDate())
                .reduce((first, later) -> later)
                .filter(approvedOn -> adoptedOn.isBefore(approvedOn))
                .ifPresent(approvedOn -> {
                    throw new InvalidRequestException(
                            "adoptedOn", Refusal.of("refusal.adoption.beforeApproval", approvedOn.toString()));
                });
    }

    @Transactional(readOnly = true)
    public Optional<StrategyAdoption> of(Long strategyId) {
        access.visible(currentUser.scope(), strategyId);
        return adoptions.findByStrategyId(strategyId);
    }

    /** The signed document, for anyone who sees the strategy. */
    @Transactional(readOnly = true)
    public StoredFile document(Long strategyId) {
        access.visible(currentUser.scope(), strategyId);
        StrategyAdoption adoption = adoptions
                .findByStrategyId(strategyId)
                .orElseThrow(() -> new NotFoundException("Adoption of strategy", strategyId));
        return files.get(adoption.getDocumentId());
    }
}
