package org.resilienceroadmap.portfolio.comparison.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.resilienceroadmap.assessment.ScorecardTemplate;
import org.resilienceroadmap.portfolio.comparison.ComparisonService;
import org.resilienceroadmap.portfolio.comparison.ComparisonSubject;
import org.resilienceroadmap.portfolio.comparison.SubjectKind;
import org.resilienceroadmap.shared.error.NotFoundException;

/**
 * Cities side by side: choose a programme or a country in scope (and the scorecard), then read the
 * heat map of the Ten Essentials, the stage funnel over time and the median days per stage by country.
 * The choice is in the address ({@code ?programme=7}, {@code ?country=3&template=public-health}).
 */
@Route("comparison")
@Menu(order = 6.5, title = "nav.comparison", icon = "vaadin:grid-big")
@RolesAllowed({"DONOR", "COORDINATOR", "ADMIN"})
class ComparisonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ComparisonService comparison;
    private final VerticalLayout content = new VerticalLayout();

    ComparisonView(ComparisonService comparison) {
        this.comparison = comparison;
        addClassName("comparison");
        content.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        content.removeAll();
        add(new H1(getTranslation("comparison.title")));
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        List<ComparisonSubject> subjects = comparison.subjects();
        if (subjects.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("comparison.noSubjects"));
            none.setId("comparison-none");
            add(none);
            return;
        }
        Optional<ComparisonSubject> chosen = chosen(query, subjects);
        String template = first(query, "template").orElse(ComparisonService.DEFAULT_TEMPLATE);
        add(choosers(subjects, chosen.orElse(null), template), content);
        if (chosen.isEmpty()) {
            notFound();
            return;
        }
        try {
            show(chosen.get(), template);
        } catch (NotFoundException e) {
            content.removeAll();
            notFound();
        }
    }

    private void show(ComparisonSubject subject, String template) {
        var heatMap = comparison.essentials(subject.kind(), subject.id(), template);
        H2 heatTitle = new H2(getTranslation("comparison.heatMap.title", subject.label(getLocale())));
        content.add(heatTitle, new HeatMapLegend(), new HeatMapGrid(heatMap));
        content.add(new H2(getTranslation("comparison.funnel.title")));
        content.add(new StageQuarterGrid(comparison.stagesOverTime(subject.kind(), subject.id())));
        content.add(new H2(getTranslation("comparison.days.title")));
        content.add(new StageDaysGrid(comparison.stageDays(subject.kind(), subject.id())));
    }

    private FlexLayout choosers(List<ComparisonSubject> subjects, ComparisonSubject chosen, String template) {
        Select<ComparisonSubject> subject = new Select<>();
        subject.setId("comparison-subject");
        subject.setLabel(getTranslation("comparison.subject"));
        subject.setItems(subjects);
        subject.setItemLabelGenerator(s -> getTranslation(
                s.kind() == SubjectKind.PROGRAMME ? "comparison.subject.programme" : "comparison.subject.country",
                s.label(getLocale())));
        subject.setValue(chosen);
        subject.setWidth("min(30em, 100%)");
        Select<ScorecardTemplate> scorecard = new Select<>();
        scorecard.setId("comparison-template");
        scorecard.setLabel(getTranslation("comparison.template"));
        List<ScorecardTemplate> templates = comparison.templates();
        scorecard.setItems(templates);
        scorecard.setItemLabelGenerator(t -> t.title(getLocale().getLanguage()));
        templates.stream().filter(t -> t.id().equals(template)).findFirst().ifPresent(scorecard::setValue);
        subject.addValueChangeListener(e -> go(e.getValue(), scorecard.getValue()));
        scorecard.addValueChangeListener(e -> go(subject.getValue(), e.getValue()));
        FlexLayout row = new FlexLayout(subject, scorecard);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        row.setWidthFull();
        return row;
    }

    private void go(ComparisonSubject subject, ScorecardTemplate template) {
        if (subject == null) {
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        parameters.put(subject.kind() == SubjectKind.PROGRAMME ? "programme" : "country", String.valueOf(subject.id()));
        if (template != null) {
            parameters.put("template", template.id());
        }
        getUI().ifPresent(ui -> ui.navigate(ComparisonView.class, QueryParameters.simple(parameters)));
    }

    /** The subject the address names, if the reader may compare within it; the first one when it names none. */
    private static Optional<ComparisonSubject> chosen(
            Map<String, List<String>> query, List<ComparisonSubject> subjects) {
        Optional<String> programme = first(query, "programme");
        Optional<String> country = first(query, "country");
        if (programme.isEmpty() && country.isEmpty()) {
            return Optional.of(subjects.get(0));
        }
        SubjectKind kind = programme.isPresent() ? SubjectKind.PROGRAMME : SubjectKind.COUNTRY;
        String id = programme.orElseGet(country::get);
        return subjects.stream()
                .filter(s -> s.kind() == kind && String.valueOf(s.id()).equals(id))
                .findFirst();
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    private void notFound() {
        Paragraph text = new Paragraph(getTranslation("comparison.notFound"));
        text.setId("comparison-not-found");
        content.add(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comparison.title");
    }
}
