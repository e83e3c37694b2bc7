package org.resilienceroadmap.action.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** One labelled fact of an action ("Owner  Dilnoza Rahimova"), as the action's facts and its route show them. */
final class FactRow {

    private FactRow() {}

    static HorizontalLayout of(String label, String id, String value) {
        Span name = new Span(label);
        name.addClassName("action-fact-label");
        Span text = new Span(value);
        text.setId(id);
        text.addClassName("action-fact-value");
        HorizontalLayout row = new HorizontalLayout(name, text);
        row.addClassName("action-fact");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
