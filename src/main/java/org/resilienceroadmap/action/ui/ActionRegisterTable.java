package org.resilienceroadmap.action.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionOptions;
import org.resilienceroadmap.shared.i18n.Percent;
import org.resilienceroadmap.shared.ui.RowTable;
import org.springframework.data.domain.Sort;

/**
 * A page of the register: title (a link to the action), place, objective, owner, due date, budget,
 * status (with the red "Overdue" badge) and percent done; a card per action on a phone. The title,
 * owner, due date, budget, status and percent done sort, the due date first unless the reader chose.
 */
class ActionRegisterTable extends RowTable<Action> {

    /** The columns that sort, by the entity's property each sorts by. */
    private static final Map<String, String> SORTS = Map.of(
            "title", "title",
            "owner", "owner",
            "due", "dueDate",
            "budget", "budget.amount",
            "status", "status",
            "percent", "percentDone");

    private final ActionOptions options;
    private final Map<Long, String> objectives = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();

    /** {@code places} names the jurisdictions in scope. */
    ActionRegisterTable(ActionOptions options, Map<Long, String> places, Clock clock) {
        this.options = options;
        LocalDate today = LocalDate.now(clock);
        setId("actions");
        setName(getTranslation("action.register"));
        addClassName("action-register");
        addCells(
                        getTranslation("action.column.title"),
                        a -> List.of(Cell.link(a.getTitle(), "actions/" + a.getId(), null, null)))
                .sortable("title")
                .withClassName("row-table-title");
        addColumn(getTranslation("action.column.jurisdiction"), a -> places.getOrDefault(a.getJurisdictionId(), ""))
                .withClassName("row-table-line");
        addColumn(getTranslation("action.column.objective"), a -> objectives.getOrDefault(a.getObjectiveId(), ""));
        addColumn(getTranslation("action.column.owner"), a -> people.getOrDefault(a.getOwner(), a.getOwner()))
                .sortable("owner");
        addColumn(getTranslation("action.column.due"), a -> ActionText.date(getLocale(), a.getDueDate()))
                .sortable("due")
                .withClassName("row-table-date");
        addColumn(getTranslation("action.column.budget"), a -> ActionText.money(getLocale(), a.getBudget()))
                .sortable("budget")
                .withClassName("row-table-number");
        // An overdue action's status carries the red "Overdue" badge beside it, as on its page.
        String overdue = getTranslation("action.overdue");
        addCells(getTranslation("action.column.status"), a -> {
                    List<Cell> cells = new ArrayList<>();
                    cells.add(Cell.badge(
                            getTranslation("action.status." + a.getStatus()), ActionText.statusTheme(a.getStatus())));
                    if (a.isOverdue(today)) {
                        cells.add(Cell.badge(overdue, ActionText.OVERDUE_THEME));
                    }
                    return cells;
                })
                .sortable("status");
        addColumn(getTranslation("action.column.percent"), a -> Percent.format(getLocale(), a.getPercentDone()))
                .sortable("percent")
                .withClassName("row-table-number");
        setRowClass(a -> a.isOverdue(today) ? "overdue" : null);
        setEmptyText(getTranslation("action.none"));
        showSorted("due", true);
    }

    /** The order the reader chose, ties broken by id so that pages neither repeat nor skip a row. */
    Sort order() {
        String property = SORTS.getOrDefault(sortKey(), "dueDate");
        return Sort.by(ascending() ? Sort.Direction.ASC : Sort.Direction.DESC, property)
                .and(Sort.by("id"));
    }

    /** Shows a page of actions, with the names of their owners and objectives read once for what is new. */
    void show(List<Action> found) {
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
        setItems(found);
    }
}
