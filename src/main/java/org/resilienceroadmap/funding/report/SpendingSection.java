package org.resilienceroadmap.funding.report;

import java.math.BigDecimal;
import java.util.List;

import org.resilienceroadmap.funding.BudgetLineFigure;
import org.resilienceroadmap.funding.DisbursementLine;
import org.resilienceroadmap.funding.Spending;
import org.resilienceroadmap.funding.report.BarFigure.Bar;

/** Money: what was committed, budgeted and paid out, the budget lines and each disbursement. */
final class SpendingSection {

    private final ReportDocument document;

    SpendingSection(ReportDocument document) {
        this.document = document;
    }

    void write(Spending spending) {
        document.heading("section.spending");
        if (spending == null) {
            document.none("spending");
            return;
        }
        ReportFormat format = document.format();
        String currency = spending.currency();
        document.fact("committed", format.money(spending.committed(), currency));
        document.fact("budgeted", format.money(spending.budgeted(), currency));
        document.fact("disbursed", format.money(spending.disbursed(), currency));
        document.fact(
                "disbursedPercent", format.percent(spending.disbursed() == null ? null : spending.disbursedPercent()));
        document.figure()
                .draw(List.of(
                        new Bar(
                                format.text("committed"),
                                value(spending.committed()),
                                format.money(spending.committed(), currency)),
                        new Bar(
                                format.text("disbursed"),
                                value(spending.disbursed()),
                                format.money(spending.disbursed(), currency))))
                .forEach(document::add);
        writeBudgetLines(spending.lines());
        writeDisbursements(spending.disbursements());
    }

    private void writeBudgetLines(List<BudgetLineFigure> lines) {
        ReportFormat format = document.format();
        document.subheading(format.text("section.budgetLines"));
        if (lines == null || lines.isEmpty()) {
            document.none("budgetLines");
            return;
        }
        ReportTable table = new ReportTable(document, new float[] {50, 30, 20}, "title", "period", "amount");
        for (BudgetLineFigure line : lines) {
            table.text(line.title())
                    .text(format.period(line.periodStart(), line.periodEnd()))
                    .figure(format.money(line.amount(), line.currency()));
        }
        document.add(table.table());
    }

    private void writeDisbursements(List<DisbursementLine> disbursements) {
        ReportFormat format = document.format();
        document.subheading(format.text("section.disbursements"));
        if (disbursements == null || disbursements.isEmpty()) {
            document.none("disbursements");
            return;
        }
        ReportTable table = new ReportTable(document, new float[] {20, 25, 55}, "paidOn", "amount", "reference");
        for (DisbursementLine d : disbursements) {
            table.text(format.date(d.paidOn()))
                    .figure(format.money(d.amount(), d.currency()))
                    .text(d.reference());
        }
        document.add(table.table());
    }

    private static double value(BigDecimal amount) {
        return amount == null ? 0 : amount.doubleValue();
    }
}
