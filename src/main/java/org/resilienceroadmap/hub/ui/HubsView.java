package org.resilienceroadmap.hub.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.hub.HubLine;
import org.resilienceroadmap.hub.HubService;

/** The MCR2030 Resilience Hubs in the reader's scope with the cities they support and when their term ends. */
@Route("hubs")
@Menu(order = 2.5, title = "nav.hubs", icon = "vaadin:handshake")
@PermitAll
class HubsView extends VerticalLayout implements HasDynamicTitle {

    HubsView(HubService hubs) {
        Grid<HubLine> grid = new Grid<>();
        grid.setId("hubs");
        grid.addComponentColumn(h -> new RouterLink(
                        h.names().in(getLocale()), HubView.class, new RouteParameters("id", String.valueOf(h.id()))))
                .setHeader(getTranslation("hubs.column.city"))
                .setFlexGrow(2);
        grid.addColumn(h -> HubText.status(this, h))
                .setHeader(getTranslation("hubs.column.status"))
                .setFlexGrow(2);
        grid.addColumn(h -> HubText.cities(this, h.supportedCities()))
                .setHeader(getTranslation("hubs.column.supports"))
                .setFlexGrow(3);
        grid.addColumn(h -> HubText.termEnd(this, h)).setHeader(getTranslation("hubs.column.termEnd"));
        grid.setItems(hubs.hubs());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("hubs.none"));
        add(new H1(getTranslation("hubs.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hubs.title");
    }
}
