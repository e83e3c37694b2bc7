package org.resilienceroadmap.portfolio.comparison.ui;

import java.text.NumberFormat;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.roadmap.CountryStageTimes;
import org.resilienceroadmap.roadmap.StageTime;
import org.resilienceroadmap.shared.ui.PhoneCards;

/** Per country, the median days its compared cities spent in Know Better and Plan Better. */
class StageDaysGrid extends Grid<CountryStageTimes> {

    StageDaysGrid(List<CountryStageTimes> times) {
        setId("stage-days");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(t -> t.country().displayName(getLocale()))
                .setHeader(getTranslation("comparison.days.country"))
                .setFlexGrow(2);
        addColumn(CountryStageTimes::localGovernments).setHeader(getTranslation("comparison.days.cities"));
        addColumn(t -> words(t.knowBetter()))
                .setHeader(getTranslation("stage.A"))
                .setFlexGrow(3);
        addColumn(t -> words(t.planBetter()))
                .setHeader(getTranslation("stage.B"))
                .setFlexGrow(3);
        PhoneCards.add(
                this,
                getTranslation("comparison.days.country"),
                t -> PhoneCards.card(
                        new Span(t.country().displayName(getLocale())),
                        PhoneCards.fact(getTranslation("comparison.days.cities"), String.valueOf(t.localGovernments())),
                        PhoneCards.fact(getTranslation("stage.A"), words(t.knowBetter())),
                        PhoneCards.fact(getTranslation("stage.B"), words(t.planBetter()))));
        setItems(times);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("comparison.days.empty"));
    }

    private String words(StageTime time) {
        if (time.medianDays() == null) {
            return getTranslation("comparison.days.none", time.ongoing());
        }
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        return getTranslation(
                "comparison.days.median", number.format(time.medianDays()), time.completed(), time.ongoing());
    }
}
