package org.resilienceroadmap.portfolio.comparison.ui;

import java.time.temporal.IsoFields;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.portfolio.comparison.StageQuarter;
import org.resilienceroadmap.shared.ui.PhoneCards;

/**
 * The stage funnel over time: a row per quarter end with how many cities stood in each stage, and a
 * bar of the same shares beside the numbers (for the eye only: the numbers carry it).
 */
class StageQuarterGrid extends Grid<StageQuarter> {

    StageQuarterGrid(List<StageQuarter> quarters) {
        setId("stage-quarters");
        addColumn(this::quarter)
                .setHeader(getTranslation("comparison.funnel.quarter"))
                .setAutoWidth(true);
        count("comparison.funnel.notJoined", StageQuarter::notJoined);
        count("comparison.funnel.joined", StageQuarter::joined);
        count("stage.A", StageQuarter::knowBetter);
        count("stage.B", StageQuarter::planBetter);
        count("stage.C", StageQuarter::implementBetter);
        addComponentColumn(this::bar)
                .setHeader(getTranslation("comparison.funnel.shares"))
                .setFlexGrow(3);
        PhoneCards.add(
                this,
                getTranslation("comparison.funnel.quarter"),
                q -> PhoneCards.card(
                        new Span(quarter(q)),
                        PhoneCards.fact(getTranslation("comparison.funnel.notJoined"), String.valueOf(q.notJoined())),
                        PhoneCards.fact(getTranslation("comparison.funnel.joined"), String.valueOf(q.joined())),
                        PhoneCards.fact(getTranslation("stage.A"), String.valueOf(q.knowBetter())),
                        PhoneCards.fact(getTranslation("stage.B"), String.valueOf(q.planBetter())),
                        PhoneCards.fact(getTranslation("stage.C"), String.valueOf(q.implementBetter()))));
        setItems(quarters);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("comparison.funnel.empty"));
    }

    private void count(String key, java.util.function.ToIntFunction<StageQuarter> value) {
        addColumn(q -> value.applyAsInt(q))
                .setHeader(getTranslation(key))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private String quarter(StageQuarter q) {
        String name = getTranslation(
                "comparison.funnel.quarterName",
                q.quarterEnd().get(IsoFields.QUARTER_OF_YEAR),
                q.quarterEnd().getYear());
        return q.toDate() ? getTranslation("comparison.funnel.toDate", name) : name;
    }

    private Component bar(StageQuarter q) {
        Div bar = new Div();
        bar.addClassName("stage-shares");
        bar.getElement().setAttribute("aria-hidden", "true");
        double total = Math.max(1, q.total());
        part(bar, "none", q.notJoined(), total);
        part(bar, "entering", q.joined(), total);
        part(bar, "A", q.knowBetter(), total);
        part(bar, "B", q.planBetter(), total);
        part(bar, "C", q.implementBetter(), total);
        return bar;
    }

    private static void part(Div bar, String stage, int count, double total) {
        if (count > 0) {
            Div part = new Div();
            part.addClassName("stage-" + stage);
            part.setWidth((100.0 * count / total) + "%");
            bar.add(part);
        }
    }
}
