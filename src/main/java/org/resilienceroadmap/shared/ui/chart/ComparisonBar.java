package org.resilienceroadmap.shared.ui.chart;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;

/**
 * Money spent against money planned in one bar: the budget as the track, what is committed laid
 * over it, what is disbursed as a narrower bar inside, so both stay visible whichever is larger.
 * Beyond the budget the bar runs past a marker at its end. A legend names the three figures.
 *
 * <pre>{@code
 * new ComparisonBar("Budget of the flood-wall project",
 *         new Figure("Budget", new BigDecimal("1200000")), new Figure("Committed", new BigDecimal("800000")),
 *         new Figure("Disbursed", new BigDecimal("450000")), "EUR", locale, "No budget yet")
 *         .component("project-budget");
 * }</pre>
 *
 * @param currency the caller's text after each amount, such as "EUR"
 * @param locale   how amounts and shares of the budget are printed
 */
public record ComparisonBar(
        String title,
        Figure budget,
        Figure committed,
        Figure disbursed,
        String currency,
        Locale locale,
        String emptyText) {

    static final int TRACK_X = 10;
    static final int TRACK_WIDTH = 740;
    private static final int HEIGHT = 96;
    private static final int BAR_Y = 8;
    private static final int BAR_HEIGHT = 28;
    private static final int COLUMN = 250;
    private static final int LABEL_CHARS = 28;

    /** One amount and the caller's word for it. */
    public record Figure(String label, BigDecimal amount) {

        public Figure {
            Frames.required(label, "label");
            Objects.requireNonNull(amount, "amount is required");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("amount cannot be negative, was " + amount);
            }
        }
    }

    public ComparisonBar {
        Frames.required(title, "title");
        Frames.required(emptyText, "emptyText");
        Objects.requireNonNull(budget, "budget is required");
        Objects.requireNonNull(committed, "committed is required");
        Objects.requireNonNull(disbursed, "disbursed is required");
        Objects.requireNonNull(locale, "locale is required");
        currency = currency == null ? "" : currency;
    }

    /** The amount drawn at full width: the budget, or what went beyond it. */
    public double scaleMax() {
        return budget.amount().max(committed.amount()).max(disbursed.amount()).doubleValue();
    }

    public String svg() {
        double scale = scaleMax();
        if (scale == 0) {
            return Frames.empty("comparison-bar", title, emptyText);
        }
        Svg svg = Svg.root(
                "comparison-bar",
                title,
                figure(budget, false) + "; " + figure(committed, true) + "; " + figure(disbursed, true),
                Frames.WIDTH,
                HEIGHT,
                false);
        svg.leaf(
                "rect",
                "class",
                "budget",
                "x",
                TRACK_X,
                "y",
                BAR_Y,
                "width",
                along(budget, scale),
                "height",
                BAR_HEIGHT,
                "fill",
                Palette.TRACK,
                "stroke",
                Palette.MUTED);
        svg.leaf(
                "rect",
                "class",
                "committed",
                "x",
                TRACK_X,
                "y",
                BAR_Y,
                "width",
                along(committed, scale),
                "height",
                BAR_HEIGHT,
                "fill",
                Palette.LIGHT);
        svg.leaf(
                "rect",
                "class",
                "disbursed",
                "x",
                TRACK_X,
                "y",
                BAR_Y + BAR_HEIGHT / 4,
                "width",
                along(disbursed, scale),
                "height",
                BAR_HEIGHT / 2,
                "fill",
                Palette.NEUTRAL);
        double end = TRACK_X + along(budget, scale);
        svg.leaf(
                "line",
                "class",
                "budget-end",
                "x1",
                end,
                "x2",
                end,
                "y1",
                BAR_Y - 4,
                "y2",
                BAR_Y + BAR_HEIGHT + 4,
                "stroke",
                Palette.INK,
                "stroke-width",
                2);
        List<Figure> figures = List.of(budget, committed, disbursed);
        List<String> swatches = List.of(Palette.TRACK, Palette.LIGHT, Palette.NEUTRAL);
        for (int i = 0; i < figures.size(); i++) {
            legend(svg, TRACK_X + i * COLUMN, figures.get(i), swatches.get(i), i > 0);
        }
        return svg.end();
    }

    public Div component(String id) {
        return Frames.component(id, svg());
    }

    private void legend(Svg svg, int x, Figure figure, String swatch, boolean shareOfBudget) {
        svg.leaf("rect", "x", x, "y", 54, "width", 12, "height", 12, "fill", swatch, "stroke", Palette.MUTED);
        String label = Labels.truncate(figure.label(), LABEL_CHARS);
        svg.open("text", "class", "figure-label", "x", x + 18, "y", 65, "font-size", 13, "fill", Palette.INK);
        if (!label.equals(figure.label().strip())) {
            svg.element("title", figure.label());
        }
        svg.text(label).close();
        String text = amount(figure, shareOfBudget);
        svg.element("text", text, "class", "figure-amount", "x", x + 18, "y", 84, "font-size", 13, "fill", Palette.INK);
    }

    /** The amount in the reader's format, with its share of the budget where asked. */
    private String amount(Figure figure, boolean shareOfBudget) {
        NumberFormat amounts = NumberFormat.getNumberInstance(locale);
        amounts.setMaximumFractionDigits(2);
        String text = (amounts.format(figure.amount()) + " " + currency).strip();
        if (shareOfBudget && budget.amount().signum() > 0) {
            NumberFormat percent = NumberFormat.getPercentInstance(locale);
            text += " ("
                    + percent.format(
                            figure.amount().doubleValue() / budget.amount().doubleValue()) + ")";
        }
        return text;
    }

    private String figure(Figure figure, boolean shareOfBudget) {
        return figure.label() + ": " + amount(figure, shareOfBudget);
    }

    private static double along(Figure figure, double scale) {
        return TRACK_WIDTH * figure.amount().doubleValue() / scale;
    }
}
