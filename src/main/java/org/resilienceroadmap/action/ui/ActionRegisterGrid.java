package org.resilienceroadmap.action.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionOptions;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.shared.i18n.Percent;
import org.resilienceroadmap.shared.ui.PhoneCards;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The register's rows, loaded page by page as the reader scrolls, sorted by due date unless a
 * column says otherwise: title, place, objective, owner, due date, budget, status (with the red
 * "Overdue" badge) and percent done; a card per action on a phone.
 */
class ActionRegisterGrid extends Grid<Action> {

    private final ActionOptions options;
    private final Map<Long, String> places;
    private final Map<Long, String> objectives = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();

    /** {@code places} names the jurisdictions in scope; {@code filter} is read at each page. */
    ActionRegisterGrid(
            ActionService actions,
            ActionOptions options,
            Map<Long, String> places,
            Supplier<ActionFilter> filter,
            Clock clock) {
        this.options = options;
        this.places = places;
        LocalDate today = LocalDate.now(clock);
        setId("actions");
        addClassName("action-register");
        // The title and the status are drawn by the browser from templates rather than made as two
        // components a row, which the browser took longer to place than the rows themselves. A link to a
        // route is followed inside the page, as a router link is.
        addColumn(LitRenderer.<Action>of("<a href=\"actions/${item.id}\">${item.title}</a>")
                        .withProperty("id", Action::getId)
                        .withProperty("title", Action::getTitle))
                .setHeader(getTranslation("action.column.title"))
                .setSortProperty("title")
                .setWidth("11rem")
                .setFlexGrow(3)
                .setResizable(true);
        addColumn(a -> places.getOrDefault(a.getJurisdictionId(), ""))
                .setHeader(getTranslation("action.column.jurisdiction"))
                .setWidth("7rem")
                .setFlexGrow(1)
                .setResizable(true);
        addColumn(a -> objectives.getOrDefault(a.getObjectiveId(), ""))
                .setHeader(getTranslation("action.column.objective"))
                .setWidth("10rem")
                .setFlexGrow(2)
                .setResizable(true);
        addColumn(a -> people.getOrDefault(a.getOwner(), a.getOwner()))
                .setHeader(getTranslation("action.column.owner"))
                .setSortProperty("owner")
                .setWidth("9rem");
        var due = addColumn(a -> ActionText.date(getLocale(), a.getDueDate()))
                .setHeader(getTranslation("action.column.due"))
                .setSortProperty("dueDate")
                .setWidth("7rem");
        addColumn(a -> ActionText.money(getLocale(), a.getBudget()))
                .setHeader(getTranslation("action.column.budget"))
                .setSortProperty("budget.amount")
                .setWidth("8rem")
                .setTextAlign(ColumnTextAlign.END);
        // An overdue action's status carries the red "Overdue" badge beside it, as on its page.
        String overdue = getTranslation("action.overdue");
        addColumn(LitRenderer.<Action>of("<span class=\"action-status\" theme=\"${item.look}\">${item.status}</span>"
                                + " <span class=\"action-overdue\" theme=\"${item.badge}\">${item.late}</span>")
                        .withProperty("status", a -> getTranslation("action.status." + a.getStatus()))
                        .withProperty("look", a -> ActionText.statusTheme(a.getStatus()))
                        .withProperty("badge", a -> a.isOverdue(today) ? ActionText.OVERDUE_THEME : "")
                        .withProperty("late", a -> a.isOverdue(today) ? overdue : ""))
                .setHeader(getTranslation("action.column.status"))
                .setSortProperty("status")
                .setWidth("9rem");
        addColumn(a -> Percent.format(getLocale(), a.getPercentDone()))
                .setHeader(getTranslation("action.column.percent"))
                .setSortProperty("percentDone")
                .setWidth("6.5rem");
        PhoneCards.add(this, getTranslation("action.register"), a -> card(a, today));
        setPartNameGenerator(a -> a.isOverdue(today) ? "overdue" : null);
        // Long titles and names wrap rather than end in "…"; on a phone each row is a card.
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setMultiSort(true);
        setEmptyStateText(getTranslation("action.none"));
        setItems(
                query -> {
                    Sort sort = VaadinSpringDataHelpers.toSpringDataSort(query);
                    PageRequest page = PageRequest.of(
                            query.getPage(),
                            query.getPageSize(),
                            sort.isSorted() ? sort.and(Sort.by("id")) : Sort.by("dueDate", "id"));
                    List<Action> found = actions.find(filter.get(), page).getContent();
                    learnNames(found);
                    return found.stream();
                },
                query -> (int) actions.count(filter.get()));
        sort(GridSortOrder.asc(due).build());
    }

    private Span status(Action a, LocalDate today) {
        Span status = new Span(ActionText.status(this, a.getStatus()));
        Optional.ofNullable(ActionText.overdue(this, a, today)).ifPresent(late -> status.add(new Span(" "), late));
        return status;
    }

    /** On a phone: the title over its place, owner, due date, budget, status and percent done. */
    private Div card(Action a, LocalDate today) {
        return PhoneCards.card(
                new RouterLink(a.getTitle(), ActionView.class, new RouteParameters("id", String.valueOf(a.getId()))),
                new Span(places.getOrDefault(a.getJurisdictionId(), "")),
                PhoneCards.fact(getTranslation("action.column.owner"), people.getOrDefault(a.getOwner(), a.getOwner())),
                PhoneCards.fact(getTranslation("action.column.due"), ActionText.date(getLocale(), a.getDueDate())),
                PhoneCards.fact(getTranslation("action.column.budget"), ActionText.money(getLocale(), a.getBudget())),
                status(a, today),
                PhoneCards.fact(
                        getTranslation("action.column.percent"), Percent.format(getLocale(), a.getPercentDone())));
    }

    /** The names a page of rows shows, read once per page for what is not known yet. */
    private void learnNames(List<Action> found) {
        Set<String> owners = found.stream()
                .map(Action::getOwner)
                .filter(o -> !people.containsKey(o))
                .collect(Collectors.toSet());
        people.putAll(options.names(owners));
        Set<Long> strategyIds = found.stream()
                .filter(a -> !objectives.containsKey(a.getObjectiveId()))
                .map(Action::getStrategyId)
                .collect(Collectors.toSet());
        objectives.putAll(options.objectiveTitles(strategyIds));
    }
}
