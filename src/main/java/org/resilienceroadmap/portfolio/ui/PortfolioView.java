package org.resilienceroadmap.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.resilienceroadmap.portfolio.PortfolioPage;
import org.resilienceroadmap.portfolio.PortfolioService;
import org.resilienceroadmap.portfolio.PortfolioSort;
import org.resilienceroadmap.shared.i18n.Plurals;

/**
 * The portfolio of a coordinator, donor or admin: every city in their scope a row at a time, with its
 * filters, a summary line over the whole filtered list, pages of {@link #PAGE_SIZE} and the two exports.
 */
@Route("portfolio")
@Menu(order = 5.5, title = "nav.portfolio", icon = "vaadin:grid-big")
@RolesAllowed({"DONOR", "COORDINATOR", "ADMIN"})
class PortfolioView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 25;

    private final PortfolioService portfolio;
    private final PortfolioFilters filters;
    private final PortfolioGrid grid;
    private final Paragraph summary = new Paragraph();
    private final Span pageOf = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Anchor xlsx = download("portfolio-xlsx", "portfolio.export.xlsx");
    private final Anchor csv = download("portfolio-csv", "portfolio.export.csv");
    private PortfolioSort sort = PortfolioSort.CITY;
    private boolean descending;
    private int page;

    PortfolioView(PortfolioService portfolio) {
        this.portfolio = portfolio;
        this.filters = new PortfolioFilters(portfolio.choices(), this::filtersChanged);
        this.grid = new PortfolioGrid((by, down) -> {
            sort = by;
            descending = down;
            page = 0;
            refresh();
        });
        summary.setId("portfolio-summary");
        previous.setText(getTranslation("portfolio.page.previous"));
        previous.setId("portfolio-previous");
        previous.addClickListener(e -> {
            page--;
            refresh();
        });
        next.setText(getTranslation("portfolio.page.next"));
        next.setId("portfolio-next");
        next.addClickListener(e -> {
            page++;
            refresh();
        });
        pageOf.setId("portfolio-page");
        HorizontalLayout paging = new HorizontalLayout(previous, pageOf, next);
        paging.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout exports = new HorizontalLayout(xlsx, csv);
        exports.setWrap(true);
        add(new H1(getTranslation("portfolio.title")), filters, summary, exports, grid, paging);
        refresh();
    }

    private void filtersChanged() {
        page = 0;
        refresh();
    }

    private void refresh() {
        PortfolioPage shown = portfolio.page(filters.query(sort, descending), page, PAGE_SIZE);
        grid.show(shown.rows());
        int pages = Math.max(1, shown.totalPages());
        summary.setText(getTranslation(
                Plurals.key("portfolio.summary", shown.totalCities(), getLocale()),
                shown.notReportedThisQuarter(),
                shown.totalCities()));
        pageOf.setText(getTranslation("portfolio.page.of", page + 1, pages));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
        String query = filters.toApiQuery(sort, descending);
        xlsx.setHref("api/v1/portfolio.xlsx" + query);
        csv.setHref("api/v1/portfolio.csv" + query);
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
    public String getPageTitle() {
        return getTranslation("portfolio.title");
    }
}
