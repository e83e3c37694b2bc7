package org.resilienceroadmap.gate;

import java.time.Clock;
import java.time.Instant;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.files.FileStore;
import org.resilienceroadmap.shared.files.StoredFile;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A jurisdiction's checklist at a gate for people in its scope, and the manual ticks: the working
 * group's chair or a coordinator of the jurisdiction ticks an item with evidence — a file, a link,
 * or both — and a note.
 */
@Service
public class GateChecklists {

    public static final String SUBJECT_TYPE = "STAGE_GATE";
    static final int MAX_NOTE = 2000;
    static final int MAX_LINK = 1000;
    private static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;

    private final ChecklistEvaluation evaluation;
    private final GateTickRepository ticks;
    private final JurisdictionDirectory jurisdictions;
    private final FileStore files;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    GateChecklists(
            ChecklistEvaluation evaluation,
            GateTickRepository ticks,
            JurisdictionDirectory jurisdictions,
            FileStore files,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.evaluation = evaluation;
        this.ticks = ticks;
        this.jurisdictions = jurisdictions;
        this.files = files;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The checklist as it stands; 404 outside the caller's scope. */
    @Transactional(readOnly = true)
    public Checklist checklist(Long jurisdictionId, Gate gate) {
        requireVisible(currentUser.scope(), jurisdictionId);
        return evaluation.evaluate(jurisdictionId, gate);
    }

    /** Whether the caller may tick manual items: the jurisdiction's chair or one of its coordinators. */
    public boolean mayTick(Long jurisdictionId) {
        UserScope me = currentUser.scope();
        return me.sees(jurisdictionId)
                && (me.coordinates(jurisdictionId)
                        || me.groups().contains("chair:" + jurisdictions.codeOf(jurisdictionId)));
    }

    public UploadPolicy evidencePolicy() {
        return UploadPolicy.anyDocument(MAX_EVIDENCE_BYTES);
    }

    /** Ticks a manual item; refused without evidence (a file or a link), on a computed or unknown item, or for others than the chair and coordinators. */
    @Transactional
    public GateTick tick(
            Long jurisdictionId, Gate gate, String itemCode, Evidence evidence, String fileName, byte[] content) {
        UserScope me = currentUser.scope();
        requireVisible(me, jurisdictionId);
        if (!mayTick(jurisdictionId)) {
            throw new ForbiddenException(Refusal.of("refusal.gate.onlyChairOrCoordinator"));
        }
        boolean hasFile = content != null && content.length > 0;
        if (!hasFile && evidence.link() == null) {
            throw new InvalidRequestException("evidence", Refusal.of("refusal.gate.evidenceRequired"));
        }
        if (evidence.note() != null && evidence.note().length() > MAX_NOTE) {
            throw new InvalidRequestException("note", Refusal.counted("refusal.gate.noteTooLong", MAX_NOTE));
        }
        if (evidence.link() != null
                && (evidence.link().length() > MAX_LINK || !evidence.link().matches("(?i)https?://\\S+"))) {
            throw new InvalidRequestException("link", Refusal.of("refusal.gate.link"));
        }
        ItemState item = evaluation.evaluate(jurisdictionId, gate).items().stream()
                .filter(i -> i.spec().code().equals(itemCode))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Checklist item", itemCode));
        if (item.spec().kind() != ItemKind.MANUAL) {
            throw new InvalidRequestException("item", Refusal.of("refusal.gate.computedItem"));
        }
        Long fileId = hasFile
                ? files.store(fileName, content, evidencePolicy(), me.username())
                        .getId()
                : null;
        GateTick tick = ticks.save(
                new GateTick(jurisdictionId, gate, itemCode, evidence, fileId, me.username(), Instant.now(clock)));
        audit.record(new AuditEntry(
                        me.username(),
                        SUBJECT_TYPE,
                        jurisdictionId + ":" + gate.path(),
                        "gate:tick",
                        null,
                        null,
                        evidence.note(),
                        itemCode)
                .in(jurisdictionId));
        return tick;
    }

    /** A tick's evidence file, for anyone who sees the jurisdiction. */
    @Transactional(readOnly = true)
    public StoredFile evidenceFile(Long jurisdictionId, Long tickId) {
        requireVisible(currentUser.scope(), jurisdictionId);
        GateTick tick = ticks.findById(tickId)
                .filter(t -> t.getJurisdictionId().equals(jurisdictionId) && t.getFileId() != null)
                .orElseThrow(() -> new NotFoundException("Evidence", tickId));
        return files.get(tick.getFileId());
    }

    private static void requireVisible(UserScope me, Long jurisdictionId) {
        if (!me.sees(jurisdictionId)) {
            throw new NotFoundException("Jurisdiction", jurisdictionId);
        }
    }
}
