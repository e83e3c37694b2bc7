package org.resilienceroadmap.gate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule the engine keeps when a coordinator approves a gate: every mandatory item done, or an
 * override reason, which is kept with the open items and written to the audit log.
 */
@Service
public class GateApproval {

    public static final int MAX_REASON = 4000;

    private final ChecklistEvaluation evaluation;
    private final GateOverrideRepository overrides;
    private final AuditLog audit;
    private final Clock clock;

    GateApproval(ChecklistEvaluation evaluation, GateOverrideRepository overrides, AuditLog audit, Clock clock) {
        this.evaluation = evaluation;
        this.overrides = overrides;
        this.audit = audit;
        this.clock = clock;
    }

    /** Refuses the approval (409) while mandatory items are open and no reason is given; records an override. */
    @Transactional
    public void requireClosable(Long jurisdictionId, Gate gate, String approver, String overrideReason) {
        List<ItemState> open = evaluation.evaluate(jurisdictionId, gate).openMandatory();
        if (open.isEmpty()) {
            return;
        }
        String reason = overrideReason == null ? "" : overrideReason.strip();
        if (reason.isEmpty()) {
            throw new ConflictException(Refusal.of(
                    "refusal.gate.mandatoryOpen",
                    new Refusal.Words(open.stream().map(GateApproval::name).toList(), true)));
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidRequestException(
                    "overrideReason", Refusal.counted("refusal.gate.reasonTooLong", MAX_REASON));
        }
        String codes = String.join(",", open.stream().map(i -> i.spec().code()).toList());
        overrides.save(new GateOverride(jurisdictionId, gate, reason, codes, approver, Instant.now(clock)));
        audit.record(new AuditEntry(
                        approver,
                        GateChecklists.SUBJECT_TYPE,
                        jurisdictionId + ":" + gate.path(),
                        "gate:override",
                        null,
                        null,
                        reason,
                        codes)
                .in(jurisdictionId));
    }

    /** The overrides of a jurisdiction's gate, oldest first. */
    @Transactional(readOnly = true)
    public List<GateOverride> overrides(Long jurisdictionId, Gate gate) {
        return overrides.findByJurisdictionIdAndGateOrderByOverriddenAtAscIdAsc(jurisdictionId, gate);
    }

    /** How a person reads an item in a refusal: a computed item by its rule's name, a manual one by its label. */
    static Object name(ItemState item) {
        return item.spec().kind() == ItemKind.COMPUTED
                ? new Refusal.Text("gate.rule." + item.spec().rule().name())
                : item.spec().label();
    }
}
