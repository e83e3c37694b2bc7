package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A programme's money, recorded by who manages the programme: budget lines and disbursements, in its currency. */
@Service
@Transactional
public class ProgrammeBudget {

    private final ProgrammeAccess access;
    private final BudgetLineRepository budgetLines;
    private final DisbursementRepository disbursements;
    private final CurrentUser currentUser;
    private final ProgrammeAudit audit;
    private final Clock clock;

    ProgrammeBudget(
            ProgrammeAccess access,
            BudgetLineRepository budgetLines,
            DisbursementRepository disbursements,
            CurrentUser currentUser,
            ProgrammeAudit audit,
            Clock clock) {
        this.access = access;
        this.budgetLines = budgetLines;
        this.disbursements = disbursements;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public BudgetLineFigure addBudgetLine(
            Long programmeId, String title, LocalDate start, LocalDate end, BigDecimal amount, String currency) {
        UserScope me = currentUser.scope();
        Programme programme = access.manageable(me, programmeId).programme();
        ProgrammeRules.period("periodEnd", start, end);
        BudgetLine line = budgetLines.save(new BudgetLine(
                programmeId,
                ProgrammeRules.text("title", title, 300),
                start,
                end,
                ProgrammeRules.amount("amount", amount, true),
                sameCurrency(programme, currency)));
        audit.record(me, programmeId, "programme:add-budget-line", line.getTitle());
        return line.figure();
    }

    public DisbursementLine recordDisbursement(
            Long programmeId, LocalDate paidOn, BigDecimal amount, String currency, String reference) {
        UserScope me = currentUser.scope();
        Programme programme = access.manageable(me, programmeId).programme();
        if (paidOn == null) {
            throw new InvalidRequestException(
                    "paidOn", Refusal.of("refusal.field.required", new Refusal.Text("refusal.fieldName.paidOn")));
        }
        if (paidOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("paidOn", Refusal.of("refusal.programme.paidAhead"));
        }
        Disbursement paid = disbursements.save(new Disbursement(
                programmeId,
                paidOn,
                ProgrammeRules.amount("amount", amount, true),
                sameCurrency(programme, currency),
                ProgrammeRules.optional("reference", reference, 200),
                me.username(),
                Instant.now(clock)));
        audit.recordChange(
                me,
                programmeId,
                "programme:disburse",
                null,
                paid.getAmount().toPlainString() + " " + paid.getCurrency(),
                paid.getReference(),
                null);
        return paid.line();
    }

    private static String sameCurrency(Programme programme, String currency) {
        String c = ProgrammeRules.currency("currency", currency);
        if (programme.getCurrency() != null && !programme.getCurrency().equals(c)) {
            throw new InvalidRequestException(
                    "currency", Refusal.of("refusal.programme.currency", programme.getCurrency()));
        }
        return c;
    }
}
