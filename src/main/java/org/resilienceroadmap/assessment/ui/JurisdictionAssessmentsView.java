package org.resilienceroadmap.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.assessment.Assessment;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.ScorecardTemplate;
import org.resilienceroadmap.assessment.ScorecardTemplates;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

/** A jurisdiction's assessments, newest first, and opening a further one (e.g. the public-health addendum). */
@Route("jurisdictions/:id/assessments")
@PermitAll
class JurisdictionAssessmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private final AssessmentReads assessmentReads;
    private final ScorecardTemplates templates;

    JurisdictionAssessmentsView(
            AssessmentService assessments, AssessmentReads assessmentReads, ScorecardTemplates templates) {
        this.assessments = assessments;
        this.assessmentReads = assessmentReads;
        this.templates = templates;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            Long id = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            render(id);
        } catch (NumberFormatException | NotFoundException e) {
            add(new H1(getTranslation("jurisdiction.notFound")));
        }
    }

    private void render(Long jurisdictionId) {
        Grid<Assessment> grid = new Grid<>();
        grid.setId("assessments");
        grid.addComponentColumn(a -> new RouterLink(
                        templates.get(a.getTemplateId()).title(getLocale().getLanguage()),
                        AssessmentView.class,
                        new RouteParameters("id", String.valueOf(a.getId()))))
                .setHeader(getTranslation("scorecards.title"))
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation("assessment.state." + a.getState()))
                .setHeader(getTranslation("jurisdiction.stage"));
        grid.addColumn(a ->
                        a.getWorkshopStart() == null ? "" : a.getWorkshopStart().toString())
                .setHeader(getTranslation("assessment.workshop"));
        grid.addColumn(a -> a.getValidatedBy() == null ? "" : a.getValidatedBy())
                .setHeader(getTranslation("assessment.validatedBy"));
        grid.setItems(assessmentReads.ofJurisdiction(jurisdictionId));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("assessment.none"));

        Select<ScorecardTemplate> template = new Select<>();
        template.setLabel(getTranslation("scorecards.title"));
        template.setItems(templates.all());
        template.setItemLabelGenerator(t -> t.title(getLocale().getLanguage()));
        template.setId("new-assessment-template");
        DatePicker start = new DatePicker(getTranslation("assessment.workshopStart"));
        DatePicker end = new DatePicker(getTranslation("assessment.workshopEnd"));
        Button open = new Button(getTranslation("assessment.open"), e -> {
            if (template.getValue() == null) {
                template.setInvalid(true);
                return;
            }
            try {
                new FormErrors().attempt(() -> {
                    Assessment a = assessments.open(
                            jurisdictionId, template.getValue().id(), start.getValue(), end.getValue());
                    getUI().ifPresent(ui ->
                            ui.navigate(AssessmentView.class, new RouteParameters("id", String.valueOf(a.getId()))));
                });
            } catch (IllegalArgumentException ex) {
                Notifications.refused(ex);
            }
        });
        open.setId("open-assessment");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(template, start, end, open);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        add(
                new Anchor("jurisdictions/" + jurisdictionId, getTranslation("assessment.backToJurisdiction")),
                new H1(getTranslation("assessment.list")),
                grid,
                new H3(getTranslation("assessment.open")),
                form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.list");
    }
}
