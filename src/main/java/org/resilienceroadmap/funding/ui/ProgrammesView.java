package org.resilienceroadmap.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.resilienceroadmap.funding.ProgrammeService;
import org.resilienceroadmap.funding.ProgrammeSummary;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.i18n.ListWords;

/** The programmes a donor, coordinator or admin may watch; an admin opens new ones here. */
@Route("programmes")
@Menu(order = 6, title = "nav.programmes", icon = "vaadin:chart")
@RolesAllowed({"DONOR", "COORDINATOR", "ADMIN"})
class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    ProgrammesView(ProgrammeService programmes, CurrentUser currentUser) {
        Grid<ProgrammeSummary> grid = new Grid<>();
        grid.setId("programmes");
        grid.addComponentColumn(p -> new RouterLink(
                        p.title(), ProgrammeDashboardView.class, new RouteParameters("id", String.valueOf(p.id()))))
                .setHeader(getTranslation("funding.programme.title"))
                .setFlexGrow(4);
        grid.addColumn(ProgrammeSummary::donor)
                .setHeader(getTranslation("funding.programme.donor"))
                .setFlexGrow(2);
        grid.addColumn(p -> FundingText.money(getLocale(), p.amount(), p.currency()))
                .setHeader(getTranslation("funding.programme.amount"));
        grid.addColumn(p -> FundingText.period(getLocale(), p.periodStart(), p.periodEnd()))
                .setHeader(getTranslation("funding.programme.period"))
                .setFlexGrow(2);
        grid.addColumn(p -> ListWords.join(p.coveredIn(getLocale()), getTranslation("words.and")))
                .setHeader(getTranslation("funding.programme.covers"));
        grid.setItems(programmes.inScope());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("funding.programmes.none"));
        add(new H1(getTranslation("funding.programmes")));
        if (currentUser.scope().isAdmin()) {
            Button open = new Button(
                    getTranslation("funding.programme.open"),
                    e -> new OpenProgrammeDialog(
                                    programmes,
                                    created -> getUI().ifPresent(ui -> ui.navigate(
                                            ProgrammeDashboardView.class,
                                            new RouteParameters("id", String.valueOf(created)))))
                            .open());
            open.setId("open-programme");
            add(open);
        }
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funding.programmes");
    }
}
