package org.resilienceroadmap.roadmap.ui;

import java.text.NumberFormat;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.roadmap.CountryStageTimes;
import org.resilienceroadmap.roadmap.StageTime;

/** Per country, how long its local governments took in Know Better and Plan Better, as the figures count it. */
class StageTimesTable extends VerticalLayout {

    StageTimesTable(List<CountryStageTimes> times) {
        setPadding(false);
        setId("stage-times");
        Paragraph hint = new Paragraph(getTranslation("stageTimes.hint"));
        hint.addClassName("task-meta");
        Grid<CountryStageTimes> grid = new Grid<>();
        grid.setId("stage-times-grid");
        grid.addColumn(t -> t.country().displayName(getLocale()))
                .setHeader(getTranslation("stageTimes.country"))
                .setFlexGrow(2);
        grid.addColumn(CountryStageTimes::localGovernments).setHeader(getTranslation("stageTimes.members"));
        grid.addColumn(t -> words(t.knowBetter()))
                .setHeader(getTranslation("stage.A"))
                .setFlexGrow(3);
        grid.addColumn(t -> words(t.planBetter()))
                .setHeader(getTranslation("stage.B"))
                .setFlexGrow(3);
        grid.setItems(times);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("stageTimes.empty"));
        add(new H3(getTranslation("stageTimes.title")), hint, grid);
    }

    private String words(StageTime time) {
        if (time.medianDays() == null) {
            return getTranslation("stageTimes.none", time.ongoing());
        }
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        return getTranslation("stageTimes.median", number.format(time.medianDays()), time.completed(), time.ongoing());
    }
}
