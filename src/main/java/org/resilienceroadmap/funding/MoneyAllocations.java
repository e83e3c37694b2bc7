package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.resilienceroadmap.action.ActionBudgets;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.action.BudgetedAction;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments of a programme and the parts of its disbursements and commitments allocated to the
 * actions it funds, changed by those who manage the programme's money (its coordinators, an admin).
 * All money is in the programme's currency: an allocation in another currency, or to an action
 * budgeted in another, is refused, since its percent spent could not be told without a rate. The
 * allocations of one disbursement or commitment never add up to more than it; the source row is
 * locked while an allocation is added, so two managers at once cannot pass it either.
 */
@Service
@Transactional
public class MoneyAllocations {

    private final ProgrammeAccess access;
    private final MoneyAllocationRepository allocations;
    private final DisbursementRepository disbursements;
    private final CommitmentRepository commitments;
    private final ActionBudgets actions;
    private final CurrentUser currentUser;
    private final ProgrammeAudit audit;
    private final Clock clock;

    MoneyAllocations(
            ProgrammeAccess access,
            MoneyAllocationRepository allocations,
            DisbursementRepository disbursements,
            CommitmentRepository commitments,
            ActionBudgets actions,
            CurrentUser currentUser,
            ProgrammeAudit audit,
            Clock clock) {
        this.access = access;
        this.allocations = allocations;
        this.disbursements = disbursements;
        this.commitments = commitments;
        this.actions = actions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records money the programme has promised; returns its id. */
    public Long recordCommitment(
            Long programmeId, LocalDate committedOn, BigDecimal amount, String currency, String note) {
        UserScope me = currentUser.scope();
        Programme programme = access.manageable(me, programmeId).programme();
        if (committedOn == null) {
            throw new InvalidRequestException(
                    "committedOn",
                    Refusal.of("refusal.field.required", new Refusal.Text("refusal.fieldName.committedOn")));
        }
        if (committedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("committedOn", Refusal.of("refusal.money.committedAhead"));
        }
        Commitment c = commitments.save(new Commitment(
                programmeId,
                committedOn,
                ProgrammeRules.amount("amount", amount, true),
                inProgrammeCurrency(programme, currency),
                ProgrammeRules.optional("note", note, 500),
                me.username(),
                Instant.now(clock)));
        audit.recordChange(
                me,
                programmeId,
                "programme:commit",
                null,
                c.getAmount().toPlainString() + " " + c.getCurrency(),
                c.getNote(),
                null);
        return c.getId();
    }

    /** Removes a commitment nothing is allocated from; {@code version} is the one read. */
    public void removeCommitment(Long programmeId, Long commitmentId, Long version) {
        UserScope me = currentUser.scope();
        access.manageable(me, programmeId);
        if (version == null) {
            throw required("version");
        }
        Commitment c = commitments
                .findById(commitmentId)
                .filter(found -> found.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        if (c.getVersion() != version.longValue()) {
            throw new ConflictException(Refusal.of("refusal.money.stale"));
        }
        if (allocations.existsBySourceKindAndSourceId(MoneySourceKind.COMMITMENT, commitmentId)) {
            throw new ConflictException(Refusal.of("refusal.money.commitmentAllocated"));
        }
        commitments.delete(c);
        audit.recordChange(
                me,
                programmeId,
                "programme:remove-commitment",
                c.getAmount().toPlainString() + " " + c.getCurrency(),
                null,
                c.getNote(),
                null);
    }

    /** Sets part of a disbursement (spent) or commitment (committed) against one action the programme funds. */
    public MoneyProgress.Allocation allocate(
            Long programmeId, MoneySourceKind kind, Long sourceId, Long actionId, BigDecimal amount, String currency) {
        UserScope me = currentUser.scope();
        ProgrammeScope scope = access.manageable(me, programmeId);
        Programme programme = scope.programme();
        if (kind == null) {
            throw required("sourceKind");
        }
        if (sourceId == null) {
            throw required("sourceId");
        }
        if (actionId == null) {
            throw required("actionId");
        }
        BigDecimal part = ProgrammeRules.amount("amount", amount, true);
        String inCurrency = inProgrammeCurrency(programme, currency);
        BudgetedAction action = actions.withIds(List.of(actionId)).stream()
                .filter(a -> scope.jurisdictionIds().contains(a.jurisdictionId()))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("actionId", Refusal.of("refusal.money.notCovered")));
        Refusal refused = mayReceive(action, programme);
        if (refused != null) {
            throw new InvalidRequestException("actionId", refused);
        }
        BigDecimal sourceAmount = lockedAmount(programmeId, kind, sourceId);
        BigDecimal remaining = sourceAmount.subtract(allocations.allocatedFrom(kind, sourceId));
        if (part.compareTo(remaining) > 0) {
            throw new InvalidRequestException(
                    "amount",
                    Refusal.of(
                            "refusal.money.overAllocated",
                            remaining
                                    .setScale(2, java.math.RoundingMode.UNNECESSARY)
                                    .toPlainString(),
                            inCurrency));
        }
        MoneyAllocation saved = allocations.save(new MoneyAllocation(
                programmeId, kind, sourceId, actionId, part, inCurrency, me.username(), Instant.now(clock)));
        audit.recordChange(
                me,
                programmeId,
                "programme:allocate",
                null,
                part.toPlainString() + " " + inCurrency,
                null,
                action.title());
        return new MoneyProgress.Allocation(
                saved.getId(),
                saved.getVersion(),
                kind,
                sourceId,
                actionId,
                action.title(),
                part,
                inCurrency,
                saved.getAllocatedBy(),
                saved.getAllocatedAt());
    }

    /** Takes an allocation back; {@code version} is the one read. */
    public void removeAllocation(Long programmeId, Long allocationId, Long version) {
        UserScope me = currentUser.scope();
        access.manageable(me, programmeId);
        if (version == null) {
            throw required("version");
        }
        MoneyAllocation a = allocations
                .findById(allocationId)
                .filter(found -> found.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Allocation", allocationId));
        if (a.getVersion() != version.longValue()) {
            throw new ConflictException(Refusal.of("refusal.money.stale"));
        }
        allocations.delete(a);
        audit.recordChange(
                me,
                programmeId,
                "programme:remove-allocation",
                a.getAmount().toPlainString() + " " + a.getCurrency(),
                null,
                null,
                actions.withIds(List.of(a.getActionId())).stream()
                        .map(BudgetedAction::title)
                        .findFirst()
                        .orElse(null));
    }

    /** Why this action may not receive the programme's money, or null when it may. */
    static Refusal mayReceive(BudgetedAction action, Programme programme) {
        if (action.programmeId() != null && !action.programmeId().equals(programme.getId())) {
            return Refusal.of("refusal.money.otherProgramme");
        }
        if (action.status() == ActionStatus.CANCELLED) {
            return Refusal.of("refusal.money.cancelled");
        }
        String budgetCurrency = action.budget() == null ? null : action.budget().currency();
        if (budgetCurrency != null
                && action.budget().amount() != null
                && !budgetCurrency.equals(programme.getCurrency())) {
            return Refusal.of("refusal.money.actionCurrency", budgetCurrency, programme.getCurrency());
        }
        return null;
    }

    private BigDecimal lockedAmount(Long programmeId, MoneySourceKind kind, Long sourceId) {
        return switch (kind) {
            case DISBURSEMENT ->
                disbursements
                        .findLocked(sourceId)
                        .filter(d -> d.getProgrammeId().equals(programmeId))
                        .map(Disbursement::getAmount)
                        .orElseThrow(
                                () -> new InvalidRequestException("sourceId", Refusal.of("refusal.money.noSource")));
            case COMMITMENT ->
                commitments
                        .findLocked(sourceId)
                        .filter(c -> c.getProgrammeId().equals(programmeId))
                        .map(Commitment::getAmount)
                        .orElseThrow(
                                () -> new InvalidRequestException("sourceId", Refusal.of("refusal.money.noSource")));
        };
    }

    private static String inProgrammeCurrency(Programme programme, String currency) {
        if (currency == null || currency.isBlank()) {
            return programme.getCurrency();
        }
        String c = ProgrammeRules.currency("currency", currency);
        if (programme.getCurrency() != null && !programme.getCurrency().equals(c)) {
            throw new InvalidRequestException(
                    "currency", Refusal.of("refusal.money.currency", c, programme.getCurrency()));
        }
        return c;
    }

    private static InvalidRequestException required(String field) {
        return new InvalidRequestException(
                field, Refusal.of("refusal.field.required", new Refusal.Text("refusal.fieldName." + field)));
    }
}
