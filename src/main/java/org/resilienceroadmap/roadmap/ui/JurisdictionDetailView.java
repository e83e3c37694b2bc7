package org.resilienceroadmap.roadmap.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.JurisdictionDetail;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.shared.ui.SignedInName;
import org.resilienceroadmap.shared.ui.StageBadge;

/** A jurisdiction: its roadmap stage timeline, hazard profile, and joining MCR2030 for those who may record it. */
@Route("jurisdictions/:id")
@PermitAll
class JurisdictionDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoadmapService roadmap;
    private final SignedInName names;
    private final org.resilienceroadmap.security.CurrentUser currentUser;
    private final java.util.List<org.resilienceroadmap.shared.ui.JurisdictionContribution> contributions;
    private JurisdictionDetail detail;

    JurisdictionDetailView(
            RoadmapService roadmap,
            SignedInName names,
            org.resilienceroadmap.security.CurrentUser currentUser,
            java.util.List<org.resilienceroadmap.shared.ui.JurisdictionContribution> contributions) {
        this.roadmap = roadmap;
        this.names = names;
        this.currentUser = currentUser;
        this.contributions = contributions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            Long id = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            detail = roadmap.detail(id);
            render();
        } catch (NumberFormatException | NotFoundException e) {
            removeAll();
            add(new H1(getTranslation("jurisdiction.notFound")));
        }
    }

    private void render() {
        removeAll();
        var j = detail.jurisdiction();
        H1 title = new H1(j.displayName(getLocale()));
        title.setId("jurisdiction-title");
        Span stage = new StageBadge(j.stage() == null ? null : j.stage().name(), j.joinedOn() != null);
        stage.setId("jurisdiction-stage");
        Span facts = new Span(getTranslation("level." + j.level()) + " · " + j.code()
                + (j.joinedOn() == null
                        ? " · " + getTranslation("jurisdiction.notJoined")
                        : " · " + getTranslation("jurisdiction.joinedSince", Days.format(getLocale(), j.joinedOn()))));
        com.vaadin.flow.component.html.Anchor assessments = new com.vaadin.flow.component.html.Anchor(
                "jurisdictions/" + j.id() + "/assessments", getTranslation("jurisdiction.assessments"));
        assessments.setId("jurisdiction-assessments");
        com.vaadin.flow.component.html.Anchor strategies = new com.vaadin.flow.component.html.Anchor(
                "jurisdictions/" + j.id() + "/strategies", getTranslation("jurisdiction.strategies"));
        strategies.setId("jurisdiction-strategies");
        com.vaadin.flow.component.html.Anchor actions = new com.vaadin.flow.component.html.Anchor(
                "actions?jurisdiction=" + j.id(), getTranslation("nav.actions"));
        actions.setId("jurisdiction-actions");
        add(new HorizontalLayout(title, stage), facts, new HorizontalLayout(assessments, strategies, actions));
        if (j.stage() == RoadmapStage.C && currentUser.scope().groups().contains("chair:" + j.code())) {
            // The hub application is its own feature's page; linked by route, so roadmap does not depend on it.
            com.vaadin.flow.component.html.Anchor hub = new com.vaadin.flow.component.html.Anchor(
                    "jurisdictions/" + j.id() + "/hub-application", getTranslation("hub.apply"));
            hub.setId("jurisdiction-hub-apply");
            add(hub);
        }
        add(timeline());
        contributions.forEach(c -> c.create(j.id()).ifPresent(this::add));
        detail.entry().ifPresent(entry -> add(new EntrySummary(entry, names)));
        add(hazards());
        if (detail.mayJoin()) {
            add(joinForm(j.id()));
        }
    }

    private Div timeline() {
        // Days as the application reckons them, whatever the server's zone: a stay begun on the joining day shows that
        // day.
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(Days.ZONE);
        Div timeline = new Div();
        timeline.setId("stage-timeline");
        timeline.addClassName("stage-timeline");
        for (RoadmapStage s : RoadmapStage.values()) {
            Div step = new Div(new Span(getTranslation("stage." + s.name())));
            step.addClassName("stage-step");
            var stays =
                    detail.stageHistory().stream().filter(h -> h.stage() == s).toList();
            if (stays.isEmpty()) {
                step.addClassName("future");
                step.add(new Span(getTranslation("stage.notReached")));
            }
            for (var stay : stays) {
                step.addClassName(stay.left() == null ? "current" : "done");
                // People read who approved by the name they know; a stage entered on joining had no approval.
                step.add(new Span(
                        stay.approvedBy() == null
                                ? getTranslation("stage.enteredOnly", date.format(stay.entered()))
                                : getTranslation(
                                        "stage.entered", date.format(stay.entered()), names.of(stay.approvedBy()))));
                Span days = new Span(getTranslation(
                        stay.left() == null ? "stage.daysSoFar" : "stage.days",
                        getTranslation("stage.daysCount", stay.days())));
                days.addClassName("stage-days");
                step.add(days);
            }
            timeline.add(step);
        }
        return timeline;
    }

    private VerticalLayout hazards() {
        Grid<JurisdictionDetail.HazardRating> grid = new Grid<>();
        grid.addColumn(h -> getTranslation(h.messageKey())).setHeader(getTranslation("hazard.name"));
        grid.addColumn(h -> h.code() + " (" + h.edition() + ")").setHeader(getTranslation("hazard.code"));
        grid.addColumn(JurisdictionDetail.HazardRating::likelihood).setHeader(getTranslation("hazard.likelihood"));
        grid.addColumn(JurisdictionDetail.HazardRating::impact).setHeader(getTranslation("hazard.impact"));
        grid.setItems(detail.hazards());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("hazard.none"));
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("hazard.profile")), grid);
        box.setPadding(false);
        return box;
    }

    private HorizontalLayout joinForm(Long id) {
        DatePicker joinedOn = new DatePicker(getTranslation("jurisdiction.joinedOn"), LocalDate.now(Days.ZONE));
        joinedOn.setMax(LocalDate.now(Days.ZONE));
        joinedOn.setId("joined-on");
        Select<RoadmapStage> stage = new Select<>();
        stage.setLabel(getTranslation("jurisdiction.joinStage"));
        stage.setItems(RoadmapStage.values());
        stage.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        stage.setValue(RoadmapStage.A);
        stage.setId("join-stage");
        Button join = new Button(getTranslation("jurisdiction.join"), e -> {
            RoadmapStage at = stage.getValue() == null ? RoadmapStage.A : stage.getValue();
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("jurisdiction.join"),
                    at == RoadmapStage.A
                            ? getTranslation(
                                    "jurisdiction.joinConfirm",
                                    detail.jurisdiction().displayName(getLocale()))
                            : getTranslation(
                                    "jurisdiction.joinConfirmLater",
                                    detail.jurisdiction().displayName(getLocale()),
                                    getTranslation("stage." + at.name())),
                    getTranslation("jurisdiction.join"),
                    ok -> join(id, joinedOn.getValue(), at));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        join.setId("join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(joinedOn, stage, join);
        form.setWrap(true);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void join(Long id, LocalDate on, RoadmapStage at) {
        try {
            new FormErrors().attempt(() -> {
                roadmap.join(id, on, at);
                Notifications.success(getTranslation(
                        "jurisdiction.joined", detail.jurisdiction().displayName(getLocale())));
                detail = roadmap.detail(id);
                render();
            });
        } catch (IllegalArgumentException e) {
            Notifications.refused(e);
        }
    }

    @Override
    public String getPageTitle() {
        return detail == null
                ? getTranslation("nav.jurisdictions")
                : detail.jurisdiction().displayName(getLocale());
    }
}
