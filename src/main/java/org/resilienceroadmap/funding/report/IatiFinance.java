package org.resilienceroadmap.funding.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.resilienceroadmap.funding.BudgetLineFigure;
import org.resilienceroadmap.funding.DisbursementLine;
import org.resilienceroadmap.funding.ProgrammeFacts;
import org.resilienceroadmap.funding.ProgrammeRecord;

/** The money of a programme in IATI terms: budgets of a year at most, the commitment and the disbursements. */
final class IatiFinance {

    private static final String BUDGET_ORIGINAL = "1";
    /** The budget lines are what is planned, and a pro-rata year of a longer line is an estimate: indicative. */
    private static final String BUDGET_INDICATIVE = "1";

    private static final String COMMITMENT = "2";
    private static final String DISBURSEMENT = "3";

    /** One year or less of a budget line with its share of the amount. */
    record BudgetPeriod(LocalDate start, LocalDate end, BigDecimal amount) {}

    private IatiFinance() {}

    static void write(IatiXml xml, ProgrammeRecord record) {
        ProgrammeFacts facts = record.facts();
        for (BudgetLineFigure line : present(record.budgetLines())) {
            // A line without amount or a proper period cannot be placed in a budget period; IATI requires both.
            if (line.amount() == null
                    || line.periodStart() == null
                    || line.periodEnd() == null
                    || line.periodEnd().isBefore(line.periodStart())) {
                continue;
            }
            String currency = line.currency() != null ? line.currency() : facts.currency();
            for (BudgetPeriod period : yearly(line.periodStart(), line.periodEnd(), line.amount())) {
                xml.start("budget").attr("type", BUDGET_ORIGINAL).attr("status", BUDGET_INDICATIVE);
                xml.leaf("period-start").attr("iso-date", period.start());
                xml.leaf("period-end").attr("iso-date", period.end());
                xml.value(period.amount(), currency, period.start()).end();
            }
        }
        if (facts.amount() != null) {
            // The agreement commits the whole amount; its signature date is not recorded, the start stands in.
            transaction(xml, COMMITMENT, facts.periodStart(), facts.amount(), facts.currency())
                    .end();
        }
        List<DisbursementLine> paid = present(record.disbursements()).stream()
                .filter(payment -> payment.paidOn() != null && payment.amount() != null)
                .sorted(Comparator.comparing(DisbursementLine::paidOn))
                .toList();
        for (DisbursementLine payment : paid) {
            String currency = payment.currency() != null ? payment.currency() : facts.currency();
            transaction(xml, DISBURSEMENT, payment.paidOn(), payment.amount(), currency);
            if (payment.reference() != null && !payment.reference().isBlank()) {
                xml.textElement("description", payment.reference());
            }
            xml.end();
        }
    }

    /**
     * IATI wants no budget period longer than a year. A longer line is cut into years counted from its own
     * start (the last one may be shorter); each year gets the line's amount in proportion to its days, rounded
     * half-even to the cent, and the last year takes what the rounding left, so the periods add up to the line
     * exactly.
     */
    static List<BudgetPeriod> yearly(LocalDate start, LocalDate end, BigDecimal amount) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        int scale = Math.max(amount.scale(), 2);
        List<BudgetPeriod> periods = new ArrayList<>();
        BigDecimal left = amount;
        for (int year = 0; !start.plusYears(year).isAfter(end); year++) {
            LocalDate from = start.plusYears(year);
            LocalDate to = min(start.plusYears(year + 1L).minusDays(1), end);
            BigDecimal share = to.equals(end)
                    ? left
                    : amount.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1))
                            .divide(BigDecimal.valueOf(days), scale, RoundingMode.HALF_EVEN);
            periods.add(new BudgetPeriod(from, to, share));
            left = left.subtract(share);
        }
        return periods;
    }

    private static IatiXml transaction(IatiXml xml, String type, LocalDate on, BigDecimal amount, String currency) {
        xml.start("transaction");
        xml.leaf("transaction-type").attr("code", type);
        xml.leaf("transaction-date").attr("iso-date", on);
        return xml.value(amount, currency, on);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static <T> List<T> present(List<T> items) {
        return items == null
                ? List.of()
                : items.stream().filter(Objects::nonNull).toList();
    }
}
