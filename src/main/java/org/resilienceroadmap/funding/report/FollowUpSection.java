package org.resilienceroadmap.funding.report;

import java.util.List;

import org.resilienceroadmap.funding.DecisionLine;
import org.resilienceroadmap.funding.DecisionWords;
import org.resilienceroadmap.funding.OverdueAction;

/** What needs the donor's attention: actions past their due date, and the decisions taken lately. */
final class FollowUpSection {

    private final ReportDocument document;

    FollowUpSection(ReportDocument document) {
        this.document = document;
    }

    void writeOverdue(List<OverdueAction> actions) {
        document.heading("section.overdue");
        if (actions == null || actions.isEmpty()) {
            document.none("overdue");
            return;
        }
        ReportFormat format = document.format();
        ReportTable table = new ReportTable(
                document, new float[] {36, 22, 16, 14, 12}, "action", "jurisdiction", "owner", "due", "percentDone");
        for (OverdueAction a : actions) {
            table.text(a.title())
                    .text(a.place(format.locale()))
                    .text(a.owner())
                    .text(format.date(a.due()))
                    .figure(format.text("percent", String.valueOf(a.percentDone())));
        }
        document.add(table.table());
    }

    void writeDecisions(List<DecisionLine> decisions) {
        document.heading("section.decisions");
        if (decisions == null || decisions.isEmpty()) {
            document.none("decisions");
            return;
        }
        ReportFormat format = document.format();
        DecisionWords words = new DecisionWords(format::shared, format.locale());
        ReportTable table = new ReportTable(
                document, new float[] {15, 17, 33, 15, 20}, "time", "actor", "decision", "jurisdiction", "comment");
        for (DecisionLine d : decisions) {
            table.text(format.time(d.at()))
                    .text(words.who(d))
                    .text(words.what(d).text())
                    .text(d.jurisdiction(format.locale()))
                    .text(words.comment(d));
        }
        document.add(table.table());
    }
}
