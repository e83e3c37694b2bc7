package org.resilienceroadmap.shared.ui.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;

/**
 * An indicator over time: one point per period, the line broken where a period has no value (a
 * missing report is not a zero), round ticks on the y axis and an optional target line.
 *
 * <pre>{@code
 * LineChart.of("People reached by SMS warnings", List.of(new Point("Jan 2025", 1200.0),
 *         new Point("Feb 2025", null), new Point("Mar 2025", 3100.0)), locale, "No reports yet")
 *         .withTarget(5000, "Target 2026").component("reach-line");
 * }</pre>
 *
 * @param target      the value drawn as a horizontal line, null for none
 * @param targetLabel the caller's words beside the target line
 * @param locale      how tick and point values are printed
 */
public record LineChart(
        String title, List<Point> points, Double target, String targetLabel, Locale locale, String emptyText) {

    static final int LEFT = 60;
    static final int TOP = 16;
    static final int PLOT_WIDTH = 660;
    static final int PLOT_HEIGHT = 244;
    private static final int HEIGHT = TOP + PLOT_HEIGHT + 40;
    private static final int MAX_TICKS = 6;
    /** Room an x label needs before the next one, so labels never run into each other. */
    private static final int X_LABEL_ROOM = 70;

    /** One period; a null {@code y} is a gap in the line. */
    public record Point(String xLabel, Double y) {

        public Point {
            Frames.required(xLabel, "xLabel");
            if (y != null) {
                Frames.finite(y, "y");
            }
        }
    }

    public LineChart {
        Frames.required(title, "title");
        Frames.required(emptyText, "emptyText");
        Objects.requireNonNull(locale, "locale is required");
        points = List.copyOf(points);
        if (target != null) {
            Frames.finite(target, "target");
        }
    }

    public static LineChart of(String title, List<Point> points, Locale locale, String emptyText) {
        return new LineChart(title, points, null, null, locale, emptyText);
    }

    public LineChart withTarget(double target, String label) {
        return new LineChart(title, points, target, label, locale, emptyText);
    }

    /** The y axis: from zero (or the lowest value, if negative) to the highest value or target. */
    public NiceScale scale() {
        double low = 0;
        double high = 0;
        for (Point p : points) {
            if (p.y() != null) {
                low = Math.min(low, p.y());
                high = Math.max(high, p.y());
            }
        }
        if (target != null) {
            low = Math.min(low, target);
            high = Math.max(high, target);
        }
        return NiceScale.covering(low, high, MAX_TICKS);
    }

    public String svg() {
        if (points.stream().allMatch(p -> p.y() == null)) {
            return Frames.empty("line-chart", title, emptyText);
        }
        NiceScale scale = scale();
        NumberFormat values = NumberFormat.getNumberInstance(locale);
        String summary = String.join(
                        "; ",
                        points.stream()
                                .filter(p -> p.y() != null)
                                .map(p -> p.xLabel() + ": " + values.format(p.y()))
                                .toList())
                + (target == null || targetLabel == null ? "" : "; " + targetLabel + ": " + values.format(target));
        Svg svg = Svg.root("line-chart", title, summary, Frames.WIDTH, HEIGHT, false);
        drawAxis(svg, scale);
        drawXLabels(svg);
        if (target != null) {
            double y = y(target, scale);
            svg.leaf(
                    "line",
                    "class",
                    "target",
                    "x1",
                    LEFT,
                    "x2",
                    LEFT + PLOT_WIDTH,
                    "y1",
                    y,
                    "y2",
                    y,
                    "stroke",
                    Palette.RED,
                    "stroke-width",
                    1.5,
                    "stroke-dasharray",
                    "6 4");
            if (targetLabel != null) {
                svg.element(
                        "text",
                        targetLabel,
                        "class",
                        "target-label",
                        "x",
                        LEFT + PLOT_WIDTH,
                        "y",
                        y - 5,
                        "font-size",
                        12,
                        "fill",
                        Palette.RED,
                        "text-anchor",
                        "end");
            }
        }
        drawSeries(svg, scale);
        return svg.end();
    }

    public Div component(String id) {
        return Frames.component(id, svg());
    }

    private void drawAxis(Svg svg, NiceScale scale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(scale.decimals());
        format.setMaximumFractionDigits(scale.decimals());
        for (double tick : scale.ticks()) {
            double y = y(tick, scale);
            svg.leaf(
                    "line",
                    "class",
                    "grid",
                    "x1",
                    LEFT,
                    "x2",
                    LEFT + PLOT_WIDTH,
                    "y1",
                    y,
                    "y2",
                    y,
                    "stroke",
                    Palette.TRACK);
            svg.element(
                    "text",
                    format.format(tick),
                    "class",
                    "tick",
                    "x",
                    LEFT - 6,
                    "y",
                    y + 4,
                    "font-size",
                    12,
                    "fill",
                    Palette.MUTED,
                    "text-anchor",
                    "end");
        }
    }

    private void drawXLabels(Svg svg) {
        int every = (int) Math.ceil(points.size() / (double) (PLOT_WIDTH / X_LABEL_ROOM));
        for (int i = 0; i < points.size(); i += every) {
            svg.element(
                    "text",
                    points.get(i).xLabel(),
                    "class",
                    "x-label",
                    "x",
                    x(i),
                    "y",
                    TOP + PLOT_HEIGHT + 20,
                    "font-size",
                    12,
                    "fill",
                    Palette.MUTED,
                    "text-anchor",
                    "middle");
        }
    }

    /** One polyline per run of consecutive values, so no segment bridges a missing period; a marker on every value. */
    private void drawSeries(Svg svg, NiceScale scale) {
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= points.size(); i++) {
            Double value = i < points.size() ? points.get(i).y() : null;
            if (value != null) {
                run.add(Svg.number(x(i)) + "," + Svg.number(y(value, scale)));
            } else {
                if (run.size() > 1) {
                    svg.leaf(
                            "polyline",
                            "class",
                            "series",
                            "points",
                            String.join(" ", run),
                            "fill",
                            "none",
                            "stroke",
                            Palette.NEUTRAL,
                            "stroke-width",
                            2);
                }
                run.clear();
            }
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.y() != null) {
                svg.open("circle", "class", "point", "cx", x(i), "cy", y(p.y(), scale), "r", 4, "fill", Palette.NEUTRAL)
                        .element("title", p.xLabel() + ": " + format.format(p.y()))
                        .close();
            }
        }
    }

    /** A single period sits in the middle; more spread from edge to edge. */
    private double x(int index) {
        return points.size() == 1 ? LEFT + PLOT_WIDTH / 2.0 : LEFT + PLOT_WIDTH * index / (double) (points.size() - 1);
    }

    private static double y(double value, NiceScale scale) {
        return TOP + PLOT_HEIGHT * (1 - scale.fraction(value));
    }
}
