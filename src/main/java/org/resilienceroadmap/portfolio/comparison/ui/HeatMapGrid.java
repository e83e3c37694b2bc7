package org.resilienceroadmap.portfolio.comparison.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.portfolio.comparison.CityScores;
import org.resilienceroadmap.portfolio.comparison.EssentialCell;
import org.resilienceroadmap.portfolio.comparison.EssentialHeatMap;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.ui.PhoneCards;

/**
 * The heat map: a row per city (its name fixed while the Essentials scroll sideways), a column per
 * Essential and one for the whole scorecard. On a phone each city is a card with its scores under its name.
 */
class HeatMapGrid extends Grid<CityScores> {

    HeatMapGrid(EssentialHeatMap map) {
        setId("heat-map");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addColumn(c -> c.name(getLocale()))
                .setHeader(getTranslation("comparison.city"))
                .setKey("city")
                .setFrozen(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(c -> c.validatedAt() == null
                        ? getTranslation("comparison.notAssessed")
                        : Days.format(
                                getLocale(), c.validatedAt().atOffset(Days.ZONE).toLocalDate()))
                .setHeader(getTranslation("comparison.validated"))
                .setKey("validated")
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (int essential : map.essentials()) {
            addComponentColumn(c -> ScoreCell.of(this, getLocale(), c, cell(c, essential)))
                    .setHeader(header(essential))
                    .setKey("e" + essential)
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setWidth("7em")
                    .setFlexGrow(0);
        }
        addComponentColumn(c -> ScoreCell.of(this, getLocale(), c, c.overall()))
                .setHeader(getTranslation("comparison.overall"))
                .setKey("overall")
                .setTextAlign(ColumnTextAlign.CENTER)
                .setWidth("7.5em")
                .setFlexGrow(0);
        PhoneCards.add(this, getTranslation("comparison.city"), c -> card(map, c));
        setItems(map.cities());
        setAllRowsVisible(map.cities().size() <= 25);
        setEmptyStateText(getTranslation("comparison.heatMap.empty"));
    }

    private Component header(int essential) {
        Span short_ = new Span(getTranslation("comparison.essentialShort", essential));
        String name = getTranslation("comparison.essentialNamed", essential, getTranslation("essential." + essential));
        short_.getElement().setAttribute("title", name);
        short_.getElement().setAttribute("aria-label", name);
        return short_;
    }

    private Component card(EssentialHeatMap map, CityScores city) {
        List<Component> facts = new ArrayList<>();
        if (!city.assessed()) {
            facts.add(new Span(getTranslation("comparison.notAssessed")));
        } else {
            for (int essential : map.essentials()) {
                facts.add(PhoneCards.fact(
                        getTranslation("comparison.essentialShort", essential),
                        ScoreCell.of(this, getLocale(), city, cell(city, essential))));
            }
            facts.add(PhoneCards.fact(
                    getTranslation("comparison.overall"), ScoreCell.of(this, getLocale(), city, city.overall())));
        }
        return PhoneCards.card(new Span(city.name(getLocale())), facts.toArray(Component[]::new));
    }

    private static EssentialCell cell(CityScores city, int essential) {
        return city.cells().stream()
                .filter(c -> c.essential() == essential)
                .findFirst()
                .orElse(null);
    }
}
