package org.resilienceroadmap.action.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionPlanImport;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.StrategyState;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every action in the caller's scope, filtered and counted by status, loaded page by page. With
 * {@code ?strategy=<id>} it shows that strategy's actions and, for its working group once it is
 * adopted, the form that proposes one; {@code ?jurisdiction=<id>} preselects the jurisdiction.
 */
@Route("actions")
@Menu(order = 3, title = "nav.actions", icon = "vaadin:list-ol")
@PermitAll
class ActionRegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionService actions;
    private final StrategyService strategies;
    private final UserScope me;
    private final Clock clock;
    private final RegisterFilters filters;
    private final StatusCounts counts;
    private final Grid<Action> grid = new Grid<>();
    private final VerticalLayout strategyBox = new VerticalLayout();
    private final ActionPlanImport plans;

    ActionRegisterView(ActionService actions, ActionPlanImport plans, StrategyService strategies,
            JurisdictionDirectory jurisdictions, ProgrammeDirectory programmes, CurrentUser currentUser, Clock clock) {
        this.actions = actions;
        this.plans = plans;
        this.strategies = strategies;
        this.me = currentUser.scope();
        this.clock = clock;
        this.filters = new RegisterFilters(me.isAdmin() ? jurisdictions.findAll()
                : jurisdictions.findAll(me.visibleJurisdictionIds()), programmes.findAll(), this::refresh);
        this.counts = new StatusCounts(actions);
        strategyBox.setPadding(false);
        configureGrid();
        add(new H2(getTranslation("action.register")), strategyBox, filters, counts, grid);
    }

    private void configureGrid() {
        LocalDate today = LocalDate.now(clock);
        grid.setId("actions");
        grid.addClassName("action-register");
        grid.addComponentColumn(a -> new RouterLink(a.getTitle(), ActionView.class,
                new RouteParameters("id", String.valueOf(a.getId())))).setHeader(getTranslation("action.column.title"))
                .setSortProperty("title").setFlexGrow(3);
        grid.addColumn(Action::getOwner).setHeader(getTranslation("action.column.owner")).setSortProperty("owner");
        var due = grid.addColumn(a -> ActionText.date(getLocale(), a.getDueDate()))
                .setHeader(getTranslation("action.column.due")).setSortProperty("dueDate");
        grid.addComponentColumn(a -> ActionText.status(this, a.getStatus()))
                .setHeader(getTranslation("action.column.status")).setSortProperty("status");
        grid.addColumn(a -> a.getPercentDone() + " %").setHeader(getTranslation("action.column.percent"))
                .setSortProperty("percentDone");
        grid.addComponentColumn(a -> Optional.ofNullable(ActionText.overdue(this, a, today)).orElseGet(Span::new))
                .setHeader(getTranslation("action.overdue"));
        grid.setPartNameGenerator(a -> a.isOverdue(today) ? "overdue" : null);
        grid.setMultiSort(true);
        grid.setEmptyStateText(getTranslation("action.none"));
        grid.setItems(query -> {
            Sort sort = VaadinSpringDataHelpers.toSpringDataSort(query);
            PageRequest page = PageRequest.of(query.getPage(), query.getPageSize(),
                    sort.isSorted() ? sort.and(Sort.by("id")) : Sort.by("dueDate", "id"));
            return actions.find(filters.filter(), page).stream();
        }, query -> (int) actions.count(filters.filter()));
        grid.sort(GridSortOrder.asc(due).build());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Long jurisdictionId = number(query, "jurisdiction");
        Long strategyId = number(query, "strategy");
        strategyBox.removeAll();
        if (strategyId != null) {
            try {
                showStrategy(strategies.detail(strategyId).strategy());
            } catch (NotFoundException e) {
                strategyId = null;
            }
        }
        filters.fromAddress(jurisdictionId, strategyId);
        refresh();
    }

    private void showStrategy(Strategy s) {
        strategyBox.add(new Anchor("strategies/" + s.getId(), getTranslation("action.filter.strategy", s.getTitle())),
                new Anchor("strategies/" + s.getId() + "/timeline", getTranslation("action.strategyTimeline")));
        if (s.getState() == StrategyState.ADOPTED && strategies.isWorkingGroupOf(me, s.getJurisdictionId())) {
            Details propose = new Details(getTranslation("action.propose"),
                    new ProposeActionForm(actions, strategies, s, proposed -> refresh()));
            propose.setId("propose");
            propose.setOpened(true);
            Details importPlan = new Details(getTranslation("action.import"),
                    new PlanImportPanel(plans, s.getId(), this::refresh));
            importPlan.setId("import");
            strategyBox.add(propose, importPlan);
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        counts.update(ActionText.withStatus(filters.filter(), null, null));
    }

    private static Long number(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(Long::valueOf).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("action.register");
    }
}
