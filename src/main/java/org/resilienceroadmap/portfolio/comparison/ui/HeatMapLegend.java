package org.resilienceroadmap.portfolio.comparison.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What the heat map's colours and marks say, in words: the colour is never the only cue. */
class HeatMapLegend extends Div {

    HeatMapLegend() {
        setId("heat-legend");
        addClassName("heat-legend");
        add(swatch("heat-low", "comparison.legend.low"));
        add(swatch("heat-mid", "comparison.legend.mid"));
        add(swatch("heat-high", "comparison.legend.high"));
        Span marks = new Span(getTranslation("comparison.legend.marks"));
        marks.addClassName("task-meta");
        add(marks);
    }

    private Span swatch(String band, String key) {
        Span swatch = new Span(getTranslation(key));
        swatch.addClassName("heat-cell");
        swatch.addClassName(band);
        return swatch;
    }
}
