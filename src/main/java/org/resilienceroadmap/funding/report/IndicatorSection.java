package org.resilienceroadmap.funding.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.funding.report.BarFigure.Bar;

/** The results framework's indicators with their figures, then how far each has come towards its target. */
final class IndicatorSection {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
        ReportTable table = new ReportTable(document, new float[] {8, 30, 9, 11, 11, 9, 10, 12}, "result",
                "indicator", "unit", "baseline", "target", "actual", "source", "asOf");
        for (IndicatorLine i : indicators) {
            table.text(i.resultCode()).text(label(i)).text(i.unit())
                    .figure(format.withYear(i.baseline(), i.baselineYear()))
                    .figure(format.withYear(i.target(), i.targetYear())).figure(format.number(i.actual()))
                    .text(format.text(i.computed() ? "computed" : "reported")).text(format.date(i.asOf()));
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
                    BigDecimal percent = i.actual() == null ? null
                            : i.actual().multiply(HUNDRED).divide(i.target(), 1, RoundingMode.HALF_UP);
                    return new Bar(label(i), percent == null ? 0 : percent.doubleValue(), format.percent(percent));
                })
                .toList();
        if (bars.isEmpty()) {
            document.none("indicatorProgress");
            return;
        }
        document.figure().drawPercent(bars).forEach(document::add);
    }

    private static String label(IndicatorLine i) {
        return i.code() == null ? ReportFormat.orNone(i.name()) : i.code() + " " + ReportFormat.orNone(i.name());
    }
}
