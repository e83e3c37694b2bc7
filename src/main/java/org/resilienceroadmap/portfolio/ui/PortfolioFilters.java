package org.resilienceroadmap.portfolio.ui;

import java.util.Arrays;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.portfolio.PortfolioChoices;
import org.resilienceroadmap.portfolio.PortfolioQuery;
import org.resilienceroadmap.portfolio.PortfolioSort;

/** The portfolio's filters: country, stage, programme and "late only"; any change runs the callback. */
class PortfolioFilters extends HorizontalLayout {

    private final ComboBox<PortfolioChoices.Country> country = new ComboBox<>();
    private final Select<RoadmapStage> stage = new Select<>();
    private final ComboBox<PortfolioChoices.Programme> programme = new ComboBox<>();
    private final Checkbox lateOnly = new Checkbox();

    PortfolioFilters(PortfolioChoices choices, Runnable changed) {
        setId("portfolio-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        country.setId("filter-country");
        country.setLabel(getTranslation("portfolio.filter.country"));
        country.setItems(choices.countries());
        country.setItemLabelGenerator(c -> c.names().in(getLocale()));
        country.setClearButtonVisible(true);
        stage.setId("filter-stage");
        stage.setLabel(getTranslation("portfolio.filter.stage"));
        stage.setItems(Arrays.asList(RoadmapStage.values()));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("portfolio.filter.any"));
        stage.setItemLabelGenerator(
                s -> s == null ? getTranslation("portfolio.filter.any") : getTranslation("stage." + s));
        programme.setId("filter-programme");
        programme.setLabel(getTranslation("portfolio.filter.programme"));
        programme.setItems(choices.programmes());
        programme.setItemLabelGenerator(p -> p.code() + " · " + p.title());
        programme.setClearButtonVisible(true);
        lateOnly.setId("filter-late");
        lateOnly.setLabel(getTranslation("portfolio.filter.lateOnly"));
        country.addValueChangeListener(e -> changed.run());
        stage.addValueChangeListener(e -> changed.run());
        programme.addValueChangeListener(e -> changed.run());
        lateOnly.addValueChangeListener(e -> changed.run());
        add(country, stage, programme, lateOnly);
    }

    PortfolioQuery query(PortfolioSort sort, boolean descending) {
        return new PortfolioQuery(
                country.getValue() == null ? null : country.getValue().id(),
                stage.getValue(),
                programme.getValue() == null ? null : programme.getValue().id(),
                lateOnly.getValue(),
                sort,
                descending);
    }

    /** The filters as {@code GET /api/v1/portfolio.xlsx} takes them, e.g. {@code ?stage=B&lateOnly=true}. */
    String toApiQuery(PortfolioSort sort, boolean descending) {
        PortfolioQuery q = query(sort, descending);
        StringBuilder s = new StringBuilder("?sort=").append(q.sort());
        if (q.descending()) {
            s.append("&descending=true");
        }
        if (q.countryId() != null) {
            s.append("&countryId=").append(q.countryId());
        }
        if (q.stage() != null) {
            s.append("&stage=").append(q.stage());
        }
        if (q.programmeId() != null) {
            s.append("&programmeId=").append(q.programmeId());
        }
        if (q.lateOnly()) {
            s.append("&lateOnly=true");
        }
        return s.toString();
    }
}
