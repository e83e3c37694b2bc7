package org.resilienceroadmap.funding.report;

import java.util.ArrayList;
import java.util.List;

import org.resilienceroadmap.funding.MoneyProgress;

/**
 * Money against progress: per country ▸ city ▸ action, budget, committed, spent, percent spent and
 * percent done, and the flags in words.
 */
final class MoneySection {

    private final ReportDocument document;

    MoneySection(ReportDocument document) {
        this.document = document;
    }

    void write(MoneyProgress money) {
        document.heading("section.money");
        ReportFormat format = document.format();
        document.paragraph(format.text("money.rule", money.marginPoints()));
        if (money.countries().isEmpty()) {
            document.none("money");
            return;
        }
        String currency = money.currency();
        ReportTable table = new ReportTable(
                document,
                new float[] {34, 13, 13, 13, 9, 9, 19},
                "money.name",
                "money.budget",
                "money.committed",
                "money.spent",
                "money.percentSpent",
                "money.percentDone",
                "money.flags");
        for (MoneyProgress.Country country : money.countries()) {
            row(table, country.names().in(format.locale()), country.figures(), false, currency, format);
            for (MoneyProgress.City city : country.cities()) {
                row(table, city.names().in(format.locale()), city.figures(), false, currency, format);
                for (MoneyProgress.ActionRow a : city.actions()) {
                    row(table, "  " + a.title(), a.figures(), true, currency, format);
                }
            }
        }
        document.add(table.table());
    }

    private static void row(
            ReportTable table,
            String name,
            MoneyProgress.Figures f,
            boolean action,
            String currency,
            ReportFormat format) {
        table.text(name)
                .figure(format.money(f.budget(), currency))
                .figure(format.money(f.committed(), currency))
                .figure(format.money(f.spent(), currency))
                .figure(format.percent(f.percentSpent()))
                .figure(format.percent(f.percentDone()))
                .text(flags(f, action, format));
    }

    /** An action's own flags, or how many actions below carry each. */
    static String flags(MoneyProgress.Figures f, boolean action, ReportFormat format) {
        List<String> parts = new ArrayList<>();
        if (f.spendingAhead() > 0) {
            parts.add(action ? format.text("money.ahead") : format.text("money.aheadCount", f.spendingAhead()));
        }
        if (f.unspentPastHalf() > 0) {
            parts.add(action ? format.text("money.unspent") : format.text("money.unspentCount", f.unspentPastHalf()));
        }
        return parts.isEmpty() ? format.text("money.noFlag") : String.join("; ", parts);
    }
}
