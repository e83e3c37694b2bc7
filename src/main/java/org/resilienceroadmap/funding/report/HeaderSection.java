package org.resilienceroadmap.funding.report;

import com.lowagie.text.Paragraph;
import org.resilienceroadmap.funding.ProgrammeFacts;
import org.resilienceroadmap.funding.ReportContent;

/** The report's first lines: which programme, whose money, which period, when it was compiled. */
final class HeaderSection {

    private final ReportDocument document;

    HeaderSection(ReportDocument document) {
        this.document = document;
    }

    void write(ReportContent content) {
        ReportFormat format = document.format();
        ProgrammeFacts programme = content.programme();
        Paragraph kind = new Paragraph(format.text("title"), document.fonts().note());
        document.add(kind);
        Paragraph title = new Paragraph(
                ReportFormat.orNone(programme.title()), document.fonts().title());
        title.setSpacingAfter(8);
        document.add(title);
        document.fact("programme", ReportFormat.orNone(programme.code()));
        document.fact("donor", ReportFormat.orNone(programme.donor()));
        document.fact("implementer", ReportFormat.orNone(programme.implementer()));
        document.fact("committed", format.money(programme.amount(), programme.currency()));
        document.fact("programmePeriod", format.period(programme.periodStart(), programme.periodEnd()));
        document.fact("reportPeriod", format.period(content.periodStart(), content.periodEnd()));
        document.fact("compiled", format.time(content.compiledAt()));
        if (programme.components() == null || programme.components().isEmpty()) {
            document.fact("components", ReportFormat.NONE);
            return;
        }
        document.fact("components", "");
        for (String component : programme.components()) {
            Paragraph item = new Paragraph("•  " + component, document.fonts().body());
            item.setIndentationLeft(12);
            document.add(item);
        }
    }
}
