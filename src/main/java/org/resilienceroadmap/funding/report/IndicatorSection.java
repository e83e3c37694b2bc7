package org.resilienceroadmap.funding.report;

import java.math.BigDecimal;
import java.util.List;

import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.funding.report.BarFigure.Bar;

/** The results framework's indicators with their figures, then how far each has come towards its target. */
final class IndicatorSection {

    private final ReportDocument document;

    IndicatorSection(ReportDocument document) {
        this.document = document;
    }

    void write(List<IndicatorLine> indicators) {
        document.heading("section.indicators");
        if (indicators == null || indicators.isEmpty()) {
            document.none("indicators");
            return;
        }
        ReportFormat format = document.format();
        ReportTable table = new ReportTable(
                document,
                new float[] {8, 30, 9, 11, 11, 9, 10, 12},
                "result",
                "indicator",
                "unit",
                "baseline",
                "target",
                "actual",
                "source",
                "asOf");
        for (IndicatorLine i : indicators) {
            table.text(i.resultCode())
                    .text(described(i, format))
                    .text(i.unit())
                    .figure(format.withYear(i.baseline(), i.baselineYear()))
                    .figure(format.withYear(i.target(), i.targetYear()))
                    .figure(format.number(i.actual()))
                    .text(format.text(i.computed() ? "computed" : "reported"))
                    .text(format.date(i.asOf()));
        }
        document.add(table.table());
        writeProgress(indicators);
    }

    /** Actual as a share of target; an indicator without a target has nothing to measure against. */
    private void writeProgress(List<IndicatorLine> indicators) {
        ReportFormat format = document.format();
        document.subheading(format.text("figure.indicatorProgress"));
        List<Bar> bars = indicators.stream()
                .filter(i -> i.target() != null && i.target().signum() != 0)
                .map(i -> {
                    // Computed once from the exact values where the line keeps it (1 of 6 against 50 % is 33.3 %).
                    BigDecimal percent = i.progress();
                    return new Bar(label(i), percent == null ? 0 : percent.doubleValue(), format.percent(percent));
                })
                .toList();
        if (bars.isEmpty()) {
            document.none("indicatorProgress");
            return;
        }
        document.figure().drawPercent(bars).forEach(document::add);
    }

    /** The label, then which way is better and which rule a share counts by, where the line says. */
    private static String described(IndicatorLine i, ReportFormat format) {
        StringBuilder text = new StringBuilder(label(i));
        if (i.lowerIsBetter()) {
            text.append(" · ").append(format.text("indicator.lowerIsBetter"));
        }
        if (i.rule() != null) {
            text.append(" · ").append(format.text("indicator.rule." + i.rule()));
        }
        return text.toString();
    }

    private static String label(IndicatorLine i) {
        return i.code() == null ? ReportFormat.orNone(i.name()) : i.code() + " " + ReportFormat.orNone(i.name());
    }
}
