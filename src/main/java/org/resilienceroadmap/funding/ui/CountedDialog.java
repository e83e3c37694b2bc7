package org.resilienceroadmap.funding.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.funding.CountedItem;
import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.funding.ProgrammeMonitor;
import org.resilienceroadmap.funding.SnapshotPoint;
import org.resilienceroadmap.shared.ui.chart.LineChart;

/** One indicator opened: its monthly history as a line against the target, and what it counts, each a link. */
class CountedDialog extends Dialog {

    CountedDialog(ProgrammeMonitor monitor, Long programmeId, IndicatorLine line, List<SnapshotPoint> history) {
        setHeaderTitle(line.code() + " · " + line.name());
        setId("counted-dialog");
        setWidth("min(900px, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        List<LineChart.Point> points = history.stream()
                .filter(p -> p.indicatorCode().equals(line.code()))
                .map(p -> new LineChart.Point(
                        month.format(p.month()),
                        p.value() == null ? null : p.value().doubleValue()))
                .toList();
        LineChart chart = LineChart.of(
                getTranslation("funding.indicator.history"),
                points,
                getLocale(),
                getTranslation("funding.indicator.noHistory"));
        if (line.target() != null) {
            chart = chart.withTarget(line.target().doubleValue(), getTranslation("funding.indicator.target"));
        }
        body.add(chart.component("indicator-history"));
        if (line.meansOfVerification() != null) {
            body.add(new Paragraph(getTranslation("funding.indicator.verification", line.meansOfVerification())));
        }
        if (line.computed()) {
            List<CountedItem> items = monitor.counted(programmeId, line.code());
            Grid<CountedItem> grid = new Grid<>();
            grid.setId("counted-items");
            grid.addColumn(i -> getTranslation("funding.counted." + i.kind()))
                    .setHeader(getTranslation("funding.counted.kind"))
                    .setAutoWidth(true);
            grid.addComponentColumn(i -> i.path() == null
                            ? new com.vaadin.flow.component.html.Span(i.label())
                            : new Anchor(i.path(), i.label()))
                    .setHeader(getTranslation("funding.counted.what"))
                    .setFlexGrow(3);
            grid.addColumn(i -> i.jurisdiction() == null ? "" : i.jurisdiction())
                    .setHeader(getTranslation("funding.progress.jurisdiction"));
            grid.setItems(items);
            grid.setHeight("320px");
            grid.setEmptyStateText(getTranslation("funding.counted.none"));
            body.add(new Paragraph(getTranslation("funding.counted.summary", items.size())), grid);
        } else {
            body.add(new Paragraph(getTranslation("funding.indicator.reportedHelp")));
        }
        add(body);
        Button close = new Button(getTranslation("funding.close"), e -> close());
        close.setId("close-counted");
        getFooter().add(close);
    }
}
