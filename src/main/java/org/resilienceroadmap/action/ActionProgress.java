package org.resilienceroadmap.action;

import static org.resilienceroadmap.action.ActionService.SUBJECT_TYPE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.files.FileStore;
import org.resilienceroadmap.shared.files.StoredFile;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.workflow.PinnedComments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the owner (or the working group) says about an action under way: progress reports and the
 * completion claim, each with evidence files; {@code processes/action.bpmn} hears of both.
 */
@Service
public class ActionProgress {

    private final ProgressReportRepository reports;
    private final ActionAccess access;
    private final ActionRuns runs;
    private final StrategyService strategies;
    private final FileStore files;
    private final ActionSettings settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ActionTally tally;
    private final Clock clock;
    private final PinnedComments pins;

    ActionProgress(
            ProgressReportRepository reports,
            ActionAccess access,
            ActionRuns runs,
            StrategyService strategies,
            FileStore files,
            ActionSettings settings,
            CurrentUser currentUser,
            AuditLog audit,
            ActionTally tally,
            Clock clock,
            PinnedComments pins) {
        this.tally = tally;
        this.pins = pins;
        this.reports = reports;
        this.access = access;
        this.runs = runs;
        this.strategies = strategies;
        this.files = files;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The owner (or the working group) reports progress; an open progress-report task of the action is done with it. */
    @Transactional
    public ProgressReport reportProgress(Long actionId, int percent, String narrative, List<Evidence> evidence) {
        UserScope me = currentUser.scope();
        Action action = access.editable(me, actionId);
        checkReport(percent, narrative);
        action.report(percent);
        ProgressReport report = saveReport(me, action, percent, narrative, evidence, false);
        audit.record(new AuditEntry(
                me.username(),
                SUBJECT_TYPE,
                String.valueOf(actionId),
                "action:progress",
                null,
                action.getStatus().name(),
                percent + "% · " + narrative));
        runs.progressReported(actionId);
        return report;
    }

    /** The owner claims the action complete with evidence; a coordinator verifies it. */
    @Transactional
    public ProgressReport claimCompletion(Long actionId, String narrative, List<Evidence> evidence) {
        UserScope me = currentUser.scope();
        Action action = access.editable(me, actionId);
        checkReport(100, narrative);
        if (evidence.isEmpty()) {
            throw new InvalidRequestException("evidence", Refusal.of("refusal.action.evidence"));
        }
        pins.requireNoneOpen(SUBJECT_TYPE, String.valueOf(actionId));
        action.report(100);
        ProgressReport report = saveReport(me, action, 100, narrative, evidence, true);
        audit.record(new AuditEntry(
                me.username(),
                SUBJECT_TYPE,
                String.valueOf(actionId),
                "action:claim-completion",
                null,
                action.getStatus().name(),
                narrative));
        runs.completionClaimed(actionId);
        return report;
    }

    private ProgressReport saveReport(
            UserScope me, Action action, int percent, String narrative, List<Evidence> evidence, boolean claim) {
        List<Long> stored = evidence.stream()
                .map(e -> files.store(e.fileName(), e.content(), evidencePolicy(), me.username())
                        .getId())
                .toList();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = reports.findByActionIdOrderByReportedAtAscIdAsc(action.getId()).stream()
                .map(r -> r.getPeriodEnd().plusDays(1))
                .reduce((a, b) -> b)
                .orElse(action.getStartDate());
        Instant now = Instant.now(clock);
        tally.reported(action.getJurisdictionId(), now);
        return reports.save(new ProgressReport(
                action.getId(),
                from.isAfter(today) ? today : from,
                today,
                percent,
                narrative.strip(),
                stored,
                claim,
                me.username(),
                now));
    }

    private static void checkReport(int percent, String narrative) {
        if (percent < 0 || percent > 100) {
            throw new InvalidRequestException("percent", Refusal.of("refusal.action.percent"));
        }
        if (narrative == null || narrative.isBlank() || narrative.length() > 4000) {
            throw new InvalidRequestException("narrative", Refusal.of("refusal.action.narrative"));
        }
    }

    public UploadPolicy evidencePolicy() {
        return UploadPolicy.anyDocument(settings.maxEvidenceBytes());
    }

    /** An evidence file of the action, for anyone who sees the action. */
    @Transactional(readOnly = true)
    public StoredFile evidence(Long actionId, Long fileId) {
        access.visible(currentUser.scope(), actionId);
        boolean belongs = reports.findByActionIdOrderByReportedAtAscIdAsc(actionId).stream()
                .anyMatch(r -> r.getEvidenceIds().contains(fileId));
        if (!belongs) {
            throw new NotFoundException("Evidence", fileId);
        }
        return files.get(fileId);
    }

    /** Whether the caller may report on the action: its owner or its working group, while it is open. */
    @Transactional(readOnly = true)
    public boolean mayReport(Long actionId) {
        UserScope me = currentUser.scope();
        Action action = access.visible(me, actionId);
        return action.getStatus().isOpen()
                && action.getStatus() != ActionStatus.PROPOSED
                && (me.username().equals(action.getOwner())
                        || strategies.isWorkingGroupOf(me, action.getJurisdictionId()));
    }
}
