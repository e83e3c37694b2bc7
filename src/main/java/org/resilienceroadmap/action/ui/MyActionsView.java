package org.resilienceroadmap.action.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.shared.i18n.Percent;
import org.resilienceroadmap.shared.ui.PhoneCards;

/** The caller's own open actions, soonest due first, overdue ones flagged. */
@Route("my-actions")
@Menu(order = 4, title = "nav.myActions", icon = "vaadin:user-check")
// A donor watches and owns no action: the page (and its menu entry) is for everyone else.
@RolesAllowed({"MEMBER", "CHAIR", "COORDINATOR", "ADMIN"})
class MyActionsView extends VerticalLayout implements HasDynamicTitle {

    MyActionsView(ActionService actions, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Grid<Action> grid = new Grid<>();
        grid.setId("my-actions");
        grid.addComponentColumn(MyActionsView::link)
                .setHeader(getTranslation("action.column.title"))
                .setFlexGrow(3);
        grid.addColumn(a -> ActionText.date(getLocale(), a.getDueDate()))
                .setHeader(getTranslation("action.column.due"));
        grid.addComponentColumn(a -> ActionText.status(this, a.getStatus()))
                .setHeader(getTranslation("action.column.status"));
        grid.addColumn(a -> Percent.format(getLocale(), a.getPercentDone()))
                .setHeader(getTranslation("action.column.percent"));
        grid.addComponentColumn(a ->
                        Optional.ofNullable(ActionText.overdue(this, a, today)).orElseGet(Span::new))
                .setHeader(getTranslation("action.overdue"));
        PhoneCards.add(grid, getTranslation("action.mine"), a -> card(a, today));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(a -> a.isOverdue(today) ? "overdue" : null);
        grid.addClassName("action-register");
        grid.setItems(actions.mine());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("action.mine.none"));
        add(new H1(getTranslation("action.mine")), grid);
    }

    /** On a phone: the title over its due date, status, percent done and, when late, the overdue badge. */
    private Div card(Action a, LocalDate today) {
        Div card = PhoneCards.card(
                link(a),
                PhoneCards.fact(getTranslation("action.column.due"), ActionText.date(getLocale(), a.getDueDate())),
                ActionText.status(this, a.getStatus()),
                PhoneCards.fact(
                        getTranslation("action.column.percent"), Percent.format(getLocale(), a.getPercentDone())));
        Optional.ofNullable(ActionText.overdue(this, a, today)).ifPresent(card::add);
        return card;
    }

    private static RouterLink link(Action a) {
        return new RouterLink(a.getTitle(), ActionView.class, new RouteParameters("id", String.valueOf(a.getId())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("action.mine");
    }
}
