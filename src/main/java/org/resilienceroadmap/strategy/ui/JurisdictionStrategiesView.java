package org.resilienceroadmap.strategy.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyService;

/** A jurisdiction's strategies with their state, and starting one (the chair, when none is in progress). */
@Route("jurisdictions/:id/strategies")
@PermitAll
class JurisdictionStrategiesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StrategyService strategies;

    JurisdictionStrategiesView(StrategyService strategies) {
        this.strategies = strategies;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            render(Long.valueOf(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | NotFoundException e) {
            add(new H1(getTranslation("jurisdiction.notFound")));
        }
    }

    private void render(Long jurisdictionId) {
        Grid<Strategy> grid = new Grid<>();
        grid.setId("strategies");
        grid.addComponentColumn(s -> new RouterLink(
                        s.getTitle(), StrategyView.class, new RouteParameters("id", String.valueOf(s.getId()))))
                .setHeader(getTranslation("strategy.title"))
                .setFlexGrow(3);
        grid.addColumn(s ->
                        s.getPeriodStart().getYear() + "–" + s.getPeriodEnd().getYear())
                .setHeader(getTranslation("strategy.period"));
        grid.addColumn(s -> getTranslation("strategy.state." + s.getState()))
                .setHeader(getTranslation("strategy.state"));
        grid.addColumn(Strategy::getVersionCount).setHeader(getTranslation("strategy.versions"));
        grid.setItems(strategies.ofJurisdiction(jurisdictionId));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("strategy.none"));
        add(
                new Anchor("jurisdictions/" + jurisdictionId, getTranslation("assessment.backToJurisdiction")),
                new H1(getTranslation("strategy.list")),
                grid);
        if (strategies.mayCreate(jurisdictionId)) {
            add(new H3(getTranslation("strategy.create")), createForm(jurisdictionId));
        }
    }

    private HorizontalLayout createForm(Long jurisdictionId) {
        TextField title = new TextField(getTranslation("strategy.title"));
        title.setId("new-strategy-title");
        title.setWidth("28em");
        int year = LocalDate.now(Days.ZONE).getYear();
        DatePicker start = new DatePicker(getTranslation("strategy.periodStart"), LocalDate.of(year, 1, 1));
        DatePicker end = new DatePicker(getTranslation("strategy.periodEnd"), LocalDate.of(2030, 12, 31));
        FormErrors errors = new FormErrors()
                .field("title", title)
                .field("periodStart", start)
                .field("periodEnd", end);
        Button create = new Button(
                getTranslation("strategy.create"),
                e -> errors.attempt(() -> {
                    Strategy s = strategies.create(jurisdictionId, title.getValue(), start.getValue(), end.getValue());
                    getUI().ifPresent(ui ->
                            ui.navigate(StrategyView.class, new RouteParameters("id", String.valueOf(s.getId()))));
                }));
        create.setId("create-strategy");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(title, start, end, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("strategy.list");
    }
}
