package org.resilienceroadmap.shared.ui.chart;

import java.util.Objects;

import com.vaadin.flow.component.html.Div;

/** What every chart shares: the component that carries the SVG, and the drawing for "no data". */
final class Frames {

    /** One drawing width for every chart, so their text comes out the same size side by side on a dashboard. */
    static final int WIDTH = 760;

    private Frames() {}

    /** A Div of class "chart" whose content is the SVG; the markup is the kit's own, every caller text escaped. */
    static Div component(String id, String svg) {
        Div div = new Div();
        div.addClassName("chart");
        if (id != null) {
            div.setId(id);
        }
        div.getElement().setProperty("innerHTML", svg);
        return div;
    }

    /** The chart's frame with the caller's message in place of data, so an empty chart still says what it is. */
    static String empty(String cssClass, String title, String message) {
        return Svg.root(cssClass + " empty", title, WIDTH, 40)
                .element(
                        "text",
                        message,
                        "class",
                        "empty",
                        "x",
                        WIDTH / 2,
                        "y",
                        25,
                        "font-size",
                        14,
                        "fill",
                        Palette.MUTED,
                        "text-anchor",
                        "middle")
                .end();
    }

    static String required(String text, String what) {
        return Objects.requireNonNull(text, what + " is required");
    }

    static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, was " + value);
        }
        return value;
    }
}
