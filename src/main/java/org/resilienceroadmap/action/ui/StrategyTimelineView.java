package org.resilienceroadmap.action.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionOptions;
import org.resilienceroadmap.action.ActionPlanReviews;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.action.Milestone;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.chart.FigureTable;
import org.resilienceroadmap.strategy.StrategyFacts;
import org.resilienceroadmap.strategy.StrategyService;

/** The actions of one strategy on a time axis, with a legend of the status colours; who reviews its proposals. */
@Route("strategies/:id/timeline")
@PermitAll
class StrategyTimelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionService actions;
    private final StrategyService strategies;
    private final ActionPlanReviews reviews;
    private final ActionOptions options;
    private final Clock clock;
    private String title;

    StrategyTimelineView(
            ActionService actions,
            StrategyService strategies,
            ActionPlanReviews reviews,
            ActionOptions options,
            Clock clock) {
        this.actions = actions;
        this.strategies = strategies;
        this.reviews = reviews;
        this.options = options;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = null;
        try {
            render(Long.valueOf(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | NotFoundException e) {
            add(new H1(getTranslation("strategy.notFound")));
        }
    }

    private void render(Long strategyId) {
        StrategyFacts s = strategies.facts(strategyId);
        Map<Action, List<Milestone>> plan = actions.plan(strategyId);
        title = getTranslation("action.timeline.title", s.title());
        H1 heading = new H1(title);
        heading.setId("timeline-title");
        add(
                new HorizontalLayout(
                        new Anchor("strategies/" + strategyId, getTranslation("action.backToStrategy")),
                        new Anchor("actions?strategy=" + strategyId, getTranslation("action.strategyActions"))),
                heading);
        if (plan.isEmpty()) {
            add(new Paragraph(getTranslation("action.timeline.empty")));
        } else {
            add(
                    new Paragraph(getTranslation("action.timeline.help")),
                    legend(),
                    new GanttChart(plan, LocalDate.now(clock), getLocale()),
                    figures(plan.keySet()));
        }
        add(new ReviewersPanel(reviews, options, strategyId));
    }

    /** What the chart draws, as a table behind a toggle, each action a link. */
    private Component figures(java.util.Collection<Action> shown) {
        List<Action> rows = List.copyOf(shown);
        return FigureTable.of(
                "gantt-figures",
                List.of(
                        getTranslation("action.column.title"),
                        getTranslation("action.column.status"),
                        getTranslation("action.start"),
                        getTranslation("action.column.due"),
                        getTranslation("action.column.percent")),
                rows.stream()
                        .map(a -> List.of(
                                a.getTitle(),
                                getTranslation("action.status." + a.getStatus()),
                                Days.format(getLocale(), a.getStartDate()),
                                Days.format(getLocale(), a.getDueDate()),
                                getTranslation("action.percentDone", a.getPercentDone())))
                        .toList(),
                rows.stream().map(a -> "actions/" + a.getId()).toList());
    }

    private HorizontalLayout legend() {
        HorizontalLayout legend = new HorizontalLayout();
        legend.setId("timeline-legend");
        for (ActionStatus status : ActionStatus.values()) {
            Span swatch = new Span();
            swatch.addClassName("gantt-swatch");
            swatch.getStyle().set("background", GanttChart.colour(status));
            legend.add(new Span(swatch, new Span(getTranslation("action.status." + status))));
        }
        return legend;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("action.register") : title;
    }
}
