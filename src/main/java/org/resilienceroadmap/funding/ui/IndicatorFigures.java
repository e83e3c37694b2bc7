package org.resilienceroadmap.funding.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.shared.ui.chart.BarChart;
import org.resilienceroadmap.shared.ui.chart.Palette;

/** A programme's indicators: a chart of each actual as a share of its target, and the table of all of them. */
final class IndicatorFigures {

    private final Component host;
    private final Locale locale;

    IndicatorFigures(Component host, Locale locale) {
        this.host = host;
        this.locale = locale;
    }

    private String t(String key, Object... args) {
        return host.getTranslation(key, args);
    }

    /** The bars of the indicators that have a target to measure against. */
    Component chart(List<IndicatorLine> indicators) {
        List<IndicatorLine> drawn = indicators.stream()
                .filter(i -> i.target() != null && i.target().signum() > 0)
                .toList();
        Map<String, IndicatorLine> byLabel = new HashMap<>();
        drawn.forEach(i -> byLabel.put(i.code() + " " + i.name(), i));
        List<BarChart.Bar> bars = drawn.stream()
                .map(i -> new BarChart.Bar(
                        i.code() + " " + i.name(),
                        percentOfTarget(i),
                        100.0,
                        FundingText.number(locale, i.actual(), i.unit()) + " / "
                                + FundingText.number(locale, i.target(), i.unit()),
                        null))
                .toList();
        Function<BarChart.Bar, String> byTarget = BarChart.byTargetRatio();
        return BarChart.of(t("funding.indicators.chart"), bars, t("funding.none"))
                .withMax(100)
                .withColour(bar -> colour(byLabel.get(bar.label()), bar, byTarget))
                .component("indicator-chart");
    }

    /** Every indicator with its baseline, target, actual and how it is known; {@code open}, if any, shows what one counts. */
    Grid<IndicatorLine> table(List<IndicatorLine> indicators, Consumer<IndicatorLine> open) {
        Grid<IndicatorLine> grid = new Grid<>();
        grid.setId("indicator-table");
        grid.addColumn(IndicatorLine::resultCode)
                .setHeader(t("funding.indicator.result"))
                .setAutoWidth(true);
        grid.addColumn(IndicatorLine::code)
                .setHeader(t("funding.indicator.code"))
                .setAutoWidth(true);
        grid.addColumn(this::described)
                .setHeader(t("funding.indicator.name"))
                .setFlexGrow(4)
                .setKey("name");
        grid.addColumn(i -> FundingText.number(locale, i.baseline(), i.unit())
                        + (i.baselineYear() == null ? "" : " (" + i.baselineYear() + ")"))
                .setHeader(t("funding.indicator.baseline"));
        grid.addColumn(i -> FundingText.number(locale, i.target(), i.unit())
                        + (i.targetYear() == null ? "" : " (" + i.targetYear() + ")"))
                .setHeader(t("funding.indicator.target"));
        grid.addColumn(i -> FundingText.number(locale, i.actual(), i.unit())).setHeader(t("funding.indicator.actual"));
        grid.addComponentColumn(i -> {
                    Span how = new Span(t(i.computed() ? "funding.indicator.computed" : "funding.indicator.reported"));
                    how.getElement().getThemeList().add(i.computed() ? "badge success" : "badge contrast");
                    return how;
                })
                .setHeader(t("funding.indicator.how"));
        grid.addColumn(i -> FundingText.date(locale, i.asOf())).setHeader(t("funding.indicator.asOf"));
        if (open != null) {
            grid.addComponentColumn(i -> {
                        Button b = new Button(t("funding.indicator.open"), e -> open.accept(i));
                        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                        b.setId("open-" + i.code());
                        return b;
                    })
                    .setKey("open");
        }
        grid.setItems(indicators);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t("funding.indicators.none"));
        return grid;
    }

    /** Share of target, computed once from the exact values (1 of 6 against 50 % is 33.3 %). */
    static double percentOfTarget(IndicatorLine i) {
        BigDecimal percent = i.progress();
        return percent == null ? 0 : Math.min(100.0, percent.doubleValue());
    }

    /** Lower-is-better: green at or below its target, red above; higher-is-better: by how near the target. */
    static String colour(IndicatorLine i, BarChart.Bar bar, Function<BarChart.Bar, String> byTarget) {
        if (i != null && i.lowerIsBetter()) {
            Boolean reached = i.reached();
            return reached == null ? Palette.NEUTRAL : reached ? Palette.GREEN : Palette.RED;
        }
        return byTarget.apply(bar);
    }

    /** The name, then which way is better when less is, and the rule a share counts by. */
    String described(IndicatorLine i) {
        StringBuilder text = new StringBuilder(i.name() == null ? "" : i.name());
        if (i.lowerIsBetter()) {
            text.append(" · ").append(t("funding.indicator.lowerIsBetter"));
        }
        if (i.rule() != null) {
            text.append(" · ").append(t("funding.indicator.rule." + i.rule()));
        }
        return text.toString();
    }
}
