package org.resilienceroadmap.action.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionOptions;
import org.resilienceroadmap.action.ActionPlanImport;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.Pager;
import org.resilienceroadmap.strategy.StrategyFacts;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

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

    static final int PAGE_SIZE = 50;

    private final ActionService actions;
    private final ActionOptions options;
    private final StrategyService strategies;
    private final JurisdictionDirectory jurisdictions;
    private final UserScope me;
    private final RegisterFilters filters;
    private final StatusCounts counts;
    private final ActionRegisterTable table;
    private final Pager pager = new Pager("action.page", this::turn);
    private int page;
    private final VerticalLayout strategyBox = new VerticalLayout();
    private final ActionPlanImport plans;
    private final TaskInbox inbox;
    private final Anchor xlsx = download("export-xlsx", "action.export.xlsx");
    private final Anchor csv = download("export-csv", "action.export.csv");
    private Long shownStrategyId;

    ActionRegisterView(
            ActionService actions,
            ActionOptions options,
            ActionPlanImport plans,
            StrategyService strategies,
            JurisdictionDirectory jurisdictions,
            ProgrammeDirectory programmes,
            CurrentUser currentUser,
            TaskInbox inbox,
            Clock clock) {
        this.actions = actions;
        this.options = options;
        this.plans = plans;
        this.inbox = inbox;
        this.strategies = strategies;
        this.jurisdictions = jurisdictions;
        this.me = currentUser.scope();
        List<Jurisdiction> mine =
                me.isAdmin() ? jurisdictions.findAll() : jurisdictions.findAll(me.visibleJurisdictionIds());
        Map<Long, String> places = new HashMap<>();
        mine.forEach(j -> places.put(j.getId(), j.getDisplayName(getLocale())));
        this.filters = new RegisterFilters(mine, programmes.findAll(), this::filtersChanged);
        this.counts = new StatusCounts(actions);
        this.table = new ActionRegisterTable(options, places, clock);
        table.onSort((key, ascending) -> {
            page = 0;
            showPage();
            rememberAddress();
        });
        strategyBox.setPadding(false);
        HorizontalLayout exports = new HorizontalLayout(xlsx, csv);
        exports.setId("register-exports");
        exports.setWrap(true);
        add(new H1(getTranslation("action.register")), strategyBox, filters, counts, exports, table, pager);
    }

    private Anchor download(String id, String key) {
        Anchor link = new Anchor("", getTranslation(key));
        link.setId(id);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().getThemeList().add("badge");
        return link;
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
                    showStrategy(strategies.facts(strategyId));
                    shownStrategyId = strategyId;
                } catch (NotFoundException e) {
                    strategyId = null;
                }
            }
        }
        filters.fromAddress(query, strategyId);
        // ?sort=due is the earliest first, ?sort=-budget the largest; ?page=2 the second page of PAGE_SIZE.
        table.showSortedFrom(query.getSingleParameter("sort").orElse(null), "due");
        Long pageNumber = RegisterFilters.number(query, "page");
        page = pageNumber == null ? 0 : (int) Math.max(0, Math.min(Integer.MAX_VALUE, pageNumber - 1));
        refresh();
    }

    /** A filter changed: the address takes it (a new history entry), and the page follows the address. */
    private void filtersChanged() {
        page = 0;
        getUI().ifPresentOrElse(ui -> ui.navigate("actions", address()), this::refresh);
    }

    private void turn(int by) {
        page += by;
        showPage();
        rememberAddress();
    }

    /** The filters, the order unless it is the due date's, and the page after the first. */
    private QueryParameters address() {
        Map<String, List<String>> query =
                new LinkedHashMap<>(filters.toAddress().getParameters());
        if (!"due".equals(table.sortInAddress())) {
            query.put("sort", List.of(table.sortInAddress()));
        }
        if (page > 0) {
            query.put("page", List.of(String.valueOf(page + 1)));
        }
        return new QueryParameters(query);
    }

    private void rememberAddress() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("actions", address())));
    }

    private void showStrategy(StrategyFacts s) {
        strategyBox.add(
                new Anchor("strategies/" + s.id(), getTranslation("action.filter.strategy", s.title())),
                new Anchor("strategies/" + s.id() + "/timeline", getTranslation("action.strategyTimeline")));
        if (s.isAdopted() && strategies.isWorkingGroupOf(me, s.jurisdictionId())) {
            Details propose = new Details(
                    getTranslation("action.propose"),
                    ProposeActionForm.proposing(
                            actions, options.of(s.id()), jurisdictions.hazardNames(), s, proposed -> refresh()));
            propose.setId("propose");
            propose.setOpened(true);
            Details importPlan = new Details(
                    getTranslation("action.import"), new PlanImportPanel(plans, inbox, s.id(), this::refresh));
            importPlan.setId("import");
            strategyBox.add(propose, importPlan);
        }
    }

    /** The page asked for, or the last one there is when the filters left fewer. */
    private void showPage() {
        ActionFilter filter = filters.filter();
        Page<Action> found = actions.find(filter, PageRequest.of(page, PAGE_SIZE, table.order()));
        if (found.getTotalPages() > 0 && page >= found.getTotalPages()) {
            page = found.getTotalPages() - 1;
            found = actions.find(filter, PageRequest.of(page, PAGE_SIZE, table.order()));
        }
        table.show(found.getContent());
        pager.show(page, Math.max(1, found.getTotalPages()), found.getTotalElements());
    }

    private void refresh() {
        showPage();
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
