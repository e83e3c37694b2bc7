package org.resilienceroadmap.strategy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.strategy.EssentialCoverage;

/**
 * The strategy's objectives per Essential as a row of ten cells ("E3 · 2"); an Essential no
 * objective names is marked and says so in words, for screen readers as well as by its colour.
 */
class EssentialCoverageRow extends Div {

    EssentialCoverageRow(EssentialCoverage coverage) {
        setId("essential-coverage");
        addClassName("essential-coverage");
        getElement().setAttribute("role", "list");
        getElement()
                .setAttribute(
                        "aria-label",
                        coverage.coversAll()
                                ? getTranslation("strategy.coverage.all")
                                : getTranslation(
                                        "strategy.coverage.missing",
                                        coverage.uncovered().size()));
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        for (int e = 1; e <= EssentialCoverage.ESSENTIALS; e++) {
            int count = coverage.objectivesFor(e);
            Span cell = new Span(getTranslation("strategy.coverage.cell", e, count));
            cell.setId("coverage-essential-" + e);
            cell.getElement().setAttribute("role", "listitem");
            String words = count == 0
                    ? getTranslation("strategy.coverage.none", e, getTranslation("essential." + e))
                    : getTranslation("strategy.coverage.some", e, getTranslation("essential." + e), count);
            cell.getElement().setAttribute("title", words);
            cell.getElement().setAttribute("aria-label", words);
            cell.getElement().getThemeList().add("badge");
            cell.getElement().getThemeList().add(count == 0 ? "error" : "success");
            if (count == 0) {
                cell.addClassName("uncovered");
            }
            add(cell);
        }
    }
}
