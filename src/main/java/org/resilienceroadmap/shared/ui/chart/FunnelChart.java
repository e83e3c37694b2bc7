package org.resilienceroadmap.shared.ui.chart;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;

/**
 * Stages as centred bars, each as wide as its count against the largest, so the narrowing from
 * one stage to the next is what the eye reads; the count is printed on each bar.
 *
 * <pre>{@code
 * new FunnelChart("Applications", List.of(
 *         new Step("Submitted", 120, "/funding/applications?stage=submitted"),
 *         new Step("Approved", 45, null)), locale, "No applications yet").component("application-funnel");
 * }</pre>
 *
 * @param locale how counts are printed (grouping separators)
 */
public record FunnelChart(String title, List<Step> steps, Locale locale, String emptyText) {

    static final int AREA_X = 230;
    static final int AREA_WIDTH = 480;
    static final int ROW = 34;
    private static final int TOP = 6;
    private static final int BAR_HEIGHT = 26;
    private static final int LABEL_CHARS = 30;
    /** Narrower bars cannot hold their count, which then goes beside them. */
    private static final int COUNT_INSIDE = 60;

    /** One stage; {@code href} (optional) links its label to what it counts, if it is a path inside the application. */
    public record Step(String label, long count, String href) {

        public Step {
            Frames.required(label, "label");
            if (count < 0) {
                throw new IllegalArgumentException("count cannot be negative, was " + count);
            }
        }
    }

    public FunnelChart {
        Frames.required(title, "title");
        Frames.required(emptyText, "emptyText");
        Objects.requireNonNull(locale, "locale is required");
        steps = List.copyOf(steps);
    }

    public String svg() {
        if (steps.isEmpty()) {
            return Frames.empty("funnel-chart", title, emptyText);
        }
        long largest = Math.max(1, steps.stream().mapToLong(Step::count).max().orElse(1));
        NumberFormat counts = NumberFormat.getIntegerInstance(locale);
        double centre = AREA_X + AREA_WIDTH / 2.0;
        Svg svg = Svg.root(
                "funnel-chart",
                title,
                String.join(
                        "; ",
                        steps.stream()
                                .map(s -> s.label() + ": " + counts.format(s.count()))
                                .toList()),
                Frames.WIDTH,
                steps.size() * ROW + 2 * TOP,
                steps.stream().anyMatch(s -> Labels.safeHref(s.href()) != null));
        int y = TOP;
        for (Step step : steps) {
            Labels.draw(svg, 0, y + 18, step.label(), step.href(), LABEL_CHARS);
            // a stage with anything in it stays visible however small its share
            double width = step.count() == 0 ? 0 : Math.max(2, AREA_WIDTH * (double) step.count() / largest);
            svg.leaf(
                    "rect",
                    "class",
                    "step",
                    "x",
                    centre - width / 2,
                    "y",
                    y,
                    "width",
                    width,
                    "height",
                    BAR_HEIGHT,
                    "rx",
                    3,
                    "fill",
                    Palette.NEUTRAL);
            boolean inside = width >= COUNT_INSIDE;
            svg.element(
                    "text",
                    counts.format(step.count()),
                    "class",
                    "count",
                    "x",
                    inside ? centre : centre + width / 2 + 6,
                    "y",
                    y + 18,
                    "font-size",
                    13,
                    "fill",
                    inside ? "#ffffff" : Palette.INK,
                    "text-anchor",
                    inside ? "middle" : "start");
            y += ROW;
        }
        return svg.end();
    }

    public Div component(String id) {
        return Frames.component(id, svg());
    }

    /** The chart and, behind a toggle, its figures as a table whose headers are the given texts. */
    public Div withFigures(String id, String stepHeader, String countHeader) {
        NumberFormat counts = NumberFormat.getIntegerInstance(locale);
        Div both = new Div(
                component(id),
                FigureTable.of(
                        id == null ? null : id + "-figures",
                        stepHeader,
                        countHeader,
                        steps.stream()
                                .map(s -> new FigureTable.Row(s.label(), counts.format(s.count()), s.href()))
                                .toList()));
        both.addClassName("chart-with-figures");
        return both;
    }
}
