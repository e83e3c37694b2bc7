package org.resilienceroadmap.portfolio.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import org.resilienceroadmap.portfolio.Freshness;
import org.resilienceroadmap.portfolio.PortfolioRow;
import org.resilienceroadmap.portfolio.PortfolioSort;
import org.resilienceroadmap.portfolio.PortfolioWords;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.ui.PhoneCards;

/**
 * One page of the portfolio. Sorting is the server's (a header click asks for the whole list in that
 * order, from its first page), so the grid shows the rows as given; on a phone each row is a card.
 */
class PortfolioGrid extends Grid<PortfolioRow> {

    private List<PortfolioRow> rows = List.of();

    PortfolioGrid(SortChanged sortChanged) {
        setId("portfolio");
        setItems(DataProvider.fromCallbacks(
                q -> rows.stream().skip(q.getOffset()).limit(q.getLimit()), q -> rows.size()));
        addComponentColumn(r -> new Anchor("jurisdictions/" + r.jurisdictionId(), r.cityIn(getLocale())))
                .setHeader(getTranslation("portfolio.column.city"))
                .setKey(PortfolioSort.CITY.name())
                .setSortable(true)
                .setFlexGrow(3);
        addColumn(r -> r.countryIn(getLocale()))
                .setHeader(getTranslation("portfolio.column.country"))
                .setKey(PortfolioSort.COUNTRY.name())
                .setAutoWidth(true)
                .setSortable(true);
        addColumn(r -> getTranslation("stage." + r.stage()))
                .setHeader(getTranslation("portfolio.column.stage"))
                .setKey(PortfolioSort.STAGE.name())
                .setSortable(true)
                .setFlexGrow(2);
        addColumn(r -> r.daysInStage() == null ? "" : String.valueOf(r.daysInStage()))
                .setHeader(getTranslation("portfolio.column.daysInStage"))
                .setKey(PortfolioSort.DAYS_IN_STAGE.name())
                .setSortable(true);
        addColumn(this::score)
                .setHeader(getTranslation("portfolio.column.score"))
                .setFlexGrow(2);
        addColumn(this::strategy)
                .setHeader(getTranslation("portfolio.column.strategy"))
                .setFlexGrow(2);
        addColumn(this::actions)
                .setHeader(getTranslation("portfolio.column.actions"))
                .setFlexGrow(2);
        addColumn(this::reports)
                .setHeader(getTranslation("portfolio.column.lastReport"))
                .setKey(PortfolioSort.LAST_REPORT.name())
                .setSortable(true)
                .setFlexGrow(2);
        addComponentColumn(r -> freshness(r.freshness()))
                .setHeader(getTranslation("portfolio.column.freshness"))
                .setKey(PortfolioSort.FRESHNESS.name())
                .setSortable(true);
        PhoneCards.add(this, getTranslation("portfolio.column.city"), this::card);
        setEmptyStateText(getTranslation("portfolio.none"));
        setAllRowsVisible(true);
        // Scores, strategy and action counts are sentences: wrapped, not cut off mid-word.
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        addSortListener(e -> {
            List<GridSortOrder<PortfolioRow>> order = e.getSortOrder();
            if (order.isEmpty()) {
                sortChanged.to(PortfolioSort.CITY, false);
            } else {
                sortChanged.to(
                        PortfolioSort.valueOf(order.get(0).getSorted().getKey()),
                        order.get(0).getDirection() == SortDirection.DESCENDING);
            }
        });
    }

    interface SortChanged {
        void to(PortfolioSort sort, boolean descending);
    }

    void show(List<PortfolioRow> page) {
        rows = List.copyOf(page);
        getDataProvider().refreshAll();
    }

    List<PortfolioRow> shown() {
        return rows;
    }

    private String score(PortfolioRow r) {
        if (r.score() == null) {
            return getTranslation("portfolio.score.none");
        }
        String weakest = PortfolioWords.weakest(r.weakest(), getLocale());
        return weakest.isEmpty()
                ? PortfolioWords.percent(r.score(), getLocale())
                : getTranslation("portfolio.score.weakest", PortfolioWords.percent(r.score(), getLocale()), weakest);
    }

    private String strategy(PortfolioRow r) {
        if (r.strategyState() == null) {
            return getTranslation("portfolio.strategy.none");
        }
        String state = getTranslation("strategy.state." + r.strategyState());
        return r.adoptedOn() == null ? state : getTranslation("portfolio.strategy.adopted", state, day(r.adoptedOn()));
    }

    private String actions(PortfolioRow r) {
        return getTranslation(
                "portfolio.actions.counts",
                r.actionsApproved(),
                r.actionsOnTrack(),
                r.actionsOverdue(),
                r.actionsCompleted());
    }

    private String reports(PortfolioRow r) {
        String last = r.lastReportOn() == null ? getTranslation("portfolio.report.never") : day(r.lastReportOn());
        return r.reportsOverdue() == 0 ? last : getTranslation("portfolio.report.overdue", last, r.reportsOverdue());
    }

    /** The state in words, the colour only repeating them. */
    private Span freshness(Freshness f) {
        Span badge = new Span(getTranslation("portfolio.freshness." + f));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (f) {
                            case CURRENT -> "badge success";
                            case LATE -> "badge contrast";
                            case SILENT -> "badge error";
                        });
        badge.addClassName("freshness-" + f.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private Component card(PortfolioRow r) {
        return PhoneCards.card(
                new Anchor("jurisdictions/" + r.jurisdictionId(), r.cityIn(getLocale())),
                PhoneCards.fact(
                        getTranslation("portfolio.column.stage"), new Span(getTranslation("stage." + r.stage()))),
                PhoneCards.fact(getTranslation("portfolio.column.score"), new Span(score(r))),
                PhoneCards.fact(getTranslation("portfolio.column.strategy"), new Span(strategy(r))),
                PhoneCards.fact(getTranslation("portfolio.column.actions"), new Span(actions(r))),
                PhoneCards.fact(getTranslation("portfolio.column.lastReport"), new Span(reports(r))),
                PhoneCards.fact(getTranslation("portfolio.column.freshness"), freshness(r.freshness())));
    }

    private String day(LocalDate d) {
        return Days.format(getLocale(), d);
    }
}
