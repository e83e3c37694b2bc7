package org.resilienceroadmap.funding.ui;

import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.resilienceroadmap.funding.ResultLine;

/** The outcomes and outputs as they stand, with what each assumes, above the form that adds one. */
class FrameworkGrid extends Grid<ResultLine> {

    FrameworkGrid(List<ResultLine> results) {
        setId("framework-results");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(ResultLine::code)
                .setHeader(getTranslation("funding.indicator.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> getTranslation("funding.result.kind." + r.kind()))
                .setHeader(getTranslation("funding.result.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
        addColumn(ResultLine::title).setHeader(getTranslation("funding.result.title"));
        addColumn(r -> r.assumptions() == null ? "" : r.assumptions())
                .setHeader(getTranslation("funding.result.assumptions"));
        setItems(results);
        setAllRowsVisible(true);
    }
}
