package org.resilienceroadmap.action.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import org.resilienceroadmap.action.ActionOptions;
import org.resilienceroadmap.action.ActionPlanImport;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.i18n.Percent;
import org.resilienceroadmap.shared.ui.PhoneCards;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.StrategyState;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every action in the caller's scope, filtered and counted by status, loaded page by page, with its
 * place, objective and budget; the filters live in the address, and what they keep downloads as XLSX
 * or CSV. With {@code ?strategy=<id>} it shows that strategy's actions and, for its working group
 * once it is adopted, the form that proposes one; {@code ?jurisdiction=<id>} preselects the jurisdiction.
 */
@Route("actions")
@Menu(order = 3, title = "nav.actions", icon = "vaadin:list-ol")
@PermitAll
class ActionRegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionService actions;
    private final ActionOptions options;
    private final StrategyService strategies;
    private final JurisdictionDirectory jurisdictions;
    private final UserScope me;
    private final Clock clock;
    private final RegisterFilters filters;
    private final StatusCounts counts;
    private final Grid<Action> grid = new Grid<>();
    private final VerticalLayout strategyBox = new VerticalLayout();
    private final ActionPlanImport plans;
    private final TaskInbox inbox;
    private final Anchor xlsx = download("export-xlsx", "action.export.xlsx");
    private final Anchor csv = download("export-csv", "action.export.csv");
    private final Map<Long, String> places = new HashMap<>();
    private final Map<Long, String> objectives = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    private Long shownStrategyId;

    ActionRegisterView(ActionService actions, ActionOptions options, ActionPlanImport plans,
            StrategyService strategies, JurisdictionDirectory jurisdictions, ProgrammeDirectory programmes,
            CurrentUser currentUser, TaskInbox inbox, Clock clock) {
        this.actions = actions;
        this.options = options;
        this.plans = plans;
        this.inbox = inbox;
        this.strategies = strategies;
        this.jurisdictions = jurisdictions;
        this.me = currentUser.scope();
        this.clock = clock;
        List<Jurisdiction> mine = me.isAdmin() ? jurisdictions.findAll()
                : jurisdictions.findAll(me.visibleJurisdictionIds());
        mine.forEach(j -> places.put(j.getId(), j.getDisplayName(getLocale())));
        this.filters = new RegisterFilters(mine, programmes.findAll(), this::filtersChanged);
        this.counts = new StatusCounts(actions);
        strategyBox.setPadding(false);
        configureGrid();
        HorizontalLayout exports = new HorizontalLayout(xlsx, csv);
        exports.setId("register-exports");
        exports.setWrap(true);
        add(new H1(getTranslation("action.register")), strategyBox, filters, counts, exports, grid);
    }

    private Anchor download(String id, String key) {
        Anchor link = new Anchor("", getTranslation(key));
        link.setId(id);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().getThemeList().add("badge");
        return link;
    }

    private void configureGrid() {
        LocalDate today = LocalDate.now(clock);
        grid.setId("actions");
        grid.addClassName("action-register");
        grid.addComponentColumn(a -> new RouterLink(a.getTitle(), ActionView.class,
                new RouteParameters("id", String.valueOf(a.getId())))).setHeader(getTranslation("action.column.title"))
                .setSortProperty("title").setWidth("11rem").setFlexGrow(3).setResizable(true);
        grid.addColumn(a -> places.getOrDefault(a.getJurisdictionId(), ""))
                .setHeader(getTranslation("action.column.jurisdiction")).setWidth("7rem").setFlexGrow(1).setResizable(true);
        grid.addColumn(a -> objectives.getOrDefault(a.getObjectiveId(), ""))
                .setHeader(getTranslation("action.column.objective")).setWidth("10rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(a -> people.getOrDefault(a.getOwner(), a.getOwner()))
                .setHeader(getTranslation("action.column.owner")).setSortProperty("owner").setWidth("9rem");
        var due = grid.addColumn(a -> ActionText.date(getLocale(), a.getDueDate()))
                .setHeader(getTranslation("action.column.due")).setSortProperty("dueDate").setWidth("7rem");
        grid.addColumn(a -> ActionText.money(getLocale(), a.getBudget()))
                .setHeader(getTranslation("action.column.budget")).setSortProperty("budget.amount").setWidth("8rem")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        // An overdue action's status carries the red "Overdue" badge beside it, as on its page.
        grid.addComponentColumn(a -> {
            Span status = new Span(ActionText.status(this, a.getStatus()));
            Optional.ofNullable(ActionText.overdue(this, a, today)).ifPresent(late -> status.add(new Span(" "), late));
            return status;
        }).setHeader(getTranslation("action.column.status")).setSortProperty("status").setWidth("9rem");
        grid.addColumn(a -> Percent.format(getLocale(), a.getPercentDone()))
                .setHeader(getTranslation("action.column.percent"))
                .setSortProperty("percentDone").setWidth("6.5rem");
        PhoneCards.add(grid, getTranslation("action.register"), a -> card(a, today));
        grid.setPartNameGenerator(a -> a.isOverdue(today) ? "overdue" : null);
        // Long titles and names wrap rather than end in "…"; on a phone each row is a card.
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(true);
        grid.setEmptyStateText(getTranslation("action.none"));
        grid.setItems(query -> {
            Sort sort = VaadinSpringDataHelpers.toSpringDataSort(query);
            PageRequest page = PageRequest.of(query.getPage(), query.getPageSize(),
                    sort.isSorted() ? sort.and(Sort.by("id")) : Sort.by("dueDate", "id"));
            List<Action> found = actions.find(filters.filter(), page).getContent();
            learnNames(found);
            return found.stream();
        }, query -> (int) actions.count(filters.filter()));
        grid.sort(GridSortOrder.asc(due).build());
    }

    /** On a phone: the title over its place, owner, due date, budget, status and percent done. */
    private Div card(Action a, LocalDate today) {
        Span status = new Span(ActionText.status(this, a.getStatus()));
        Optional.ofNullable(ActionText.overdue(this, a, today)).ifPresent(late -> status.add(new Span(" "), late));
        return PhoneCards.card(new RouterLink(a.getTitle(), ActionView.class,
                new RouteParameters("id", String.valueOf(a.getId()))),
                new Span(places.getOrDefault(a.getJurisdictionId(), "")),
                PhoneCards.fact(getTranslation("action.column.owner"), people.getOrDefault(a.getOwner(), a.getOwner())),
                PhoneCards.fact(getTranslation("action.column.due"), ActionText.date(getLocale(), a.getDueDate())),
                PhoneCards.fact(getTranslation("action.column.budget"), ActionText.money(getLocale(), a.getBudget())),
                status,
                PhoneCards.fact(getTranslation("action.column.percent"), Percent.format(getLocale(), a.getPercentDone())));
    }

    /** The names a page of rows shows, read once per page for what is not known yet. */
    private void learnNames(List<Action> found) {
        Set<String> owners = found.stream().map(Action::getOwner).filter(o -> !people.containsKey(o))
                .collect(Collectors.toSet());
        people.putAll(options.names(owners));
        Set<Long> strategyIds = found.stream().filter(a -> !objectives.containsKey(a.getObjectiveId()))
                .map(Action::getStrategyId).collect(Collectors.toSet());
        objectives.putAll(options.objectiveTitles(strategyIds));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Long strategyId = RegisterFilters.number(query, "strategy");
        // A filter change comes back here through the address: the proposal form and what is typed in it stay.
        if (strategyId == null || !strategyId.equals(shownStrategyId)) {
            strategyBox.removeAll();
            shownStrategyId = null;
            if (strategyId != null) {
                try {
                    showStrategy(strategies.detail(strategyId).strategy());
                    shownStrategyId = strategyId;
                } catch (NotFoundException e) {
                    strategyId = null;
                }
            }
        }
        filters.fromAddress(query, strategyId);
        refresh();
    }

    /** A filter changed: the address takes it (a new history entry), and the page follows the address. */
    private void filtersChanged() {
        getUI().ifPresentOrElse(ui -> ui.navigate("actions", filters.toAddress()), this::refresh);
    }

    private void showStrategy(Strategy s) {
        strategyBox.add(new Anchor("strategies/" + s.getId(), getTranslation("action.filter.strategy", s.getTitle())),
                new Anchor("strategies/" + s.getId() + "/timeline", getTranslation("action.strategyTimeline")));
        if (s.getState() == StrategyState.ADOPTED && strategies.isWorkingGroupOf(me, s.getJurisdictionId())) {
            Details propose = new Details(getTranslation("action.propose"),
                    ProposeActionForm.proposing(actions, options.of(s.getId()), jurisdictions.hazardNames(), s,
                            proposed -> refresh()));
            propose.setId("propose");
            propose.setOpened(true);
            Details importPlan = new Details(getTranslation("action.import"),
                    new PlanImportPanel(plans, inbox, s.getId(), this::refresh));
            importPlan.setId("import");
            strategyBox.add(propose, importPlan);
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        counts.update(ActionText.withStatus(filters.filter(), null, null));
        String query = filters.toApiQuery();
        xlsx.setHref("api/v1/actions.xlsx" + query);
        csv.setHref("api/v1/actions.csv" + query);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("action.register");
    }
}
