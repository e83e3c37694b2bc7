package org.resilienceroadmap.hub.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.hub.HubCommitments;
import org.resilienceroadmap.hub.HubDetail;
import org.resilienceroadmap.hub.HubLine;
import org.resilienceroadmap.hub.HubService;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.SignedInName;
import org.resilienceroadmap.shared.ui.StageBadge;

/** One hub: its status and term, the cities it supports with their current stages, its commitments and qualifications. */
@Route("hubs/:id")
@PermitAll
class HubView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HubService hubs;
    private final SignedInName names;
    private HubDetail detail;

    HubView(HubService hubs, SignedInName names) {
        this.hubs = hubs;
        this.names = names;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            detail = hubs.detail(
                    Long.valueOf(event.getRouteParameters().get("id").orElse("")));
            render();
        } catch (NumberFormatException | NotFoundException e) {
            detail = null;
            add(new H1(getTranslation("hub.notFound")));
        }
    }

    private void render() {
        HubLine hub = detail.hub();
        H1 title = new H1(getTranslation("hub.title", hub.names().in(getLocale())));
        title.setId("hub-title");
        Span status = new Span(HubText.status(this, hub));
        status.setId("hub-status");
        Paragraph term = new Paragraph(
                hub.termStart() == null
                        ? getTranslation("hub.noTerm")
                        : getTranslation(
                                "hub.term",
                                Days.format(getLocale(), hub.termStart()),
                                Days.format(getLocale(), hub.termEnd())));
        term.setId("hub-term");
        Paragraph applied = new Paragraph(getTranslation(
                "hub.appliedBy",
                names.of(detail.appliedBy()),
                Days.format(getLocale(), detail.appliedAt().atZone(Days.ZONE).toLocalDate())));
        add(title, status, term, applied, actions(), supported(hub), commitments(detail.commitments()));
    }

    private HorizontalLayout actions() {
        HorizontalLayout row = new HorizontalLayout();
        String id = String.valueOf(detail.hub().id());
        if (detail.mayRevise()) {
            Button revise = new Button(
                    getTranslation("hub.revise"), e -> getUI().ifPresent(ui -> ui.navigate("hubs/" + id + "/edit")));
            revise.setId("hub-revise");
            revise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            row.add(revise);
        }
        if (detail.mayRenew()) {
            Button renew = new Button(
                    getTranslation("hub.renew"),
                    e -> getUI().ifPresent(ui -> ui.navigate(
                            "hubs/" + id + "/edit",
                            com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("renew", "yes")))));
            renew.setId("hub-renew");
            row.add(renew);
        }
        return row;
    }

    private VerticalLayout supported(HubLine hub) {
        Grid<HubLine.SupportedCity> grid = new Grid<>();
        grid.setId("hub-supported-cities");
        grid.addColumn(c -> c.names().displayIn(getLocale()))
                .setHeader(getTranslation("hub.column.city"))
                .setFlexGrow(2);
        grid.addComponentColumn(
                        c -> new StageBadge(c.stage() == null ? null : c.stage().name()))
                .setHeader(getTranslation("hub.column.stage"));
        grid.setItems(hub.supportedCities());
        grid.setAllRowsVisible(true);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("hub.supportedCities")), grid);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout commitments(HubCommitments c) {
        UnorderedList topics = new UnorderedList();
        topics.setId("hub-topics");
        c.topics().stream().sorted().forEach(t -> topics.add(new ListItem(getTranslation("hub.topic." + t.name()))));
        UnorderedList qualifications = new UnorderedList();
        qualifications.setId("hub-qualifications");
        if (c.goodPractice()) {
            qualifications.add(new ListItem(getTranslation("hub.qualification.goodPractice")));
        }
        if (c.financedInitiative()) {
            qualifications.add(new ListItem(getTranslation("hub.qualification.financedInitiative")));
        }
        if (c.knowledgeTools()) {
            qualifications.add(new ListItem(getTranslation("hub.qualification.knowledgeTools")));
        }
        if (c.cityExchange()) {
            qualifications.add(new ListItem(getTranslation("hub.qualification.cityExchange")));
        }
        qualifications.add(
                new ListItem(getTranslation("hub.investmentLine", HubText.usd(getLocale(), c.investmentUsd()))));
        Paragraph statement = new Paragraph(c.statement());
        statement.setId("hub-statement");
        VerticalLayout box = new VerticalLayout(
                new H3(getTranslation("hub.commitments")),
                topics,
                new H3(getTranslation("hub.qualifications")),
                qualifications,
                new H3(getTranslation("hub.statement")),
                statement);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return detail == null
                ? getTranslation("nav.hubs")
                : getTranslation("hub.title", detail.hub().names().in(getLocale()));
    }
}
