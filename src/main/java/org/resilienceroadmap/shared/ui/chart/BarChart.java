package org.resilienceroadmap.shared.ui.chart;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;

/**
 * Horizontal bars, one row per {@link Bar}, with an optional target marker on each. The scale is
 * the caller's, or else the largest value or target, so every bar and marker fits.
 *
 * <pre>{@code
 * var chart = BarChart.of("Results by indicator", List.of(
 *         new Bar("Early-warning sirens installed", 12, 20.0, "12 / 20", "/funding/indicators/4")),
 *         "No indicators yet");
 * add(chart.component("indicator-bars"));
 * }</pre>
 *
 * @param max    the value drawn at full width; null to take it from the bars
 * @param colour the fill of each bar; {@link #byTargetRatio()} unless the caller gives one
 */
public record BarChart(String title, List<Bar> bars, Double max, Function<Bar, String> colour, String emptyText) {

    static final int LABEL_CHARS = 32;
    static final int TRACK_X = 250;
    static final int TRACK_WIDTH = 380;
    static final int ROW = 28;
    private static final int TOP = 6;

    /**
     * One row. {@code target} (optional) is drawn as a marker line; {@code valueText} (optional)
     * is printed after the bar; {@code href} (optional) makes the label a link to what the bar
     * counts, kept only when it is a path inside the application.
     */
    public record Bar(String label, double value, Double target, String valueText, String href) {

        public Bar {
            Frames.required(label, "label");
            Frames.finite(value, "value");
            if (target != null) {
                Frames.finite(target, "target");
            }
        }

        public Bar(String label, double value, String valueText) {
            this(label, value, null, valueText, null);
        }
    }

    public BarChart {
        Frames.required(title, "title");
        Frames.required(emptyText, "emptyText");
        bars = List.copyOf(bars);
        if (max != null && !(Frames.finite(max, "max") > 0)) {
            throw new IllegalArgumentException("max must be above zero, was " + max);
        }
        colour = colour == null ? byTargetRatio() : colour;
    }

    public static BarChart of(String title, List<Bar> bars, String emptyText) {
        return new BarChart(title, bars, null, null, emptyText);
    }

    public BarChart withMax(double max) {
        return new BarChart(title, bars, max, colour, emptyText);
    }

    public BarChart withColour(Function<Bar, String> colour) {
        return new BarChart(title, bars, max, colour, emptyText);
    }

    /** Red below a third of the target, amber below two thirds, green from there; neutral without a target. */
    public static Function<Bar, String> byTargetRatio() {
        return bar -> {
            if (bar.target() == null || bar.target() <= 0) {
                return Palette.NEUTRAL;
            }
            double percent = 100 * bar.value() / bar.target();
            return percent < 34 ? Palette.RED : percent < 67 ? Palette.AMBER : Palette.GREEN;
        };
    }

    public static Function<Bar, String> uniform(String fill) {
        return bar -> fill;
    }

    /** The value drawn at full width. */
    public double scaleMax() {
        if (max != null) {
            return max;
        }
        double largest = bars.stream()
                .mapToDouble(b -> b.target() == null ? b.value() : Math.max(b.value(), b.target()))
                .max()
                .orElse(0);
        return largest > 0 ? largest : 1;
    }

    public String svg() {
        if (bars.isEmpty()) {
            return Frames.empty("bar-chart", title, emptyText);
        }
        double scale = scaleMax();
        Svg svg = Svg.root(
                "bar-chart",
                title,
                String.join(
                        "; ",
                        bars.stream()
                                .map(b -> b.label() + ": "
                                        + (b.valueText() == null ? Svg.number(b.value()) : b.valueText()))
                                .toList()),
                Frames.WIDTH,
                bars.size() * ROW + 2 * TOP,
                bars.stream().anyMatch(b -> Labels.safeHref(b.href()) != null));
        int y = TOP;
        for (Bar bar : bars) {
            Labels.draw(svg, 0, y + 18, bar.label(), bar.href(), LABEL_CHARS);
            svg.leaf(
                    "rect",
                    "class",
                    "track",
                    "x",
                    TRACK_X,
                    "y",
                    y + 5,
                    "width",
                    TRACK_WIDTH,
                    "height",
                    18,
                    "rx",
                    3,
                    "fill",
                    Palette.TRACK);
            svg.open(
                            "rect",
                            "class",
                            "bar",
                            "x",
                            TRACK_X,
                            "y",
                            y + 5,
                            "width",
                            along(bar.value(), scale),
                            "height",
                            18,
                            "rx",
                            3,
                            "fill",
                            colour.apply(bar))
                    .element("title", bar.valueText() == null ? bar.label() : bar.label() + ": " + bar.valueText())
                    .close();
            if (bar.target() != null) {
                double x = TRACK_X + along(bar.target(), scale);
                svg.leaf(
                        "line",
                        "class",
                        "target",
                        "x1",
                        x,
                        "x2",
                        x,
                        "y1",
                        y + 1,
                        "y2",
                        y + 27,
                        "stroke",
                        Palette.INK,
                        "stroke-width",
                        2);
            }
            if (bar.valueText() != null) {
                svg.element(
                        "text",
                        bar.valueText(),
                        "class",
                        "value",
                        "x",
                        TRACK_X + TRACK_WIDTH + 8,
                        "y",
                        y + 18,
                        "font-size",
                        13,
                        "fill",
                        Palette.INK);
            }
            y += ROW;
        }
        return svg.end();
    }

    public Div component(String id) {
        return Frames.component(id, svg());
    }

    /** Distance from the track's start; what lies beyond the scale stops at its end, negatives at zero. */
    private static double along(double value, double scale) {
        return TRACK_WIDTH * Math.min(1, Math.max(0, value / scale));
    }
}
