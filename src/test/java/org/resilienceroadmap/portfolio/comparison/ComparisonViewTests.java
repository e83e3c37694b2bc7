package org.resilienceroadmap.portfolio.comparison;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The comparison page: cells that say their score and its move in words, and open their assessment. */
class ComparisonViewTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    PeopleDirectory people;

    @Autowired
    ProgrammeDirectory programmes;

    @Autowired
    Passwords passwords;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsEachCitysScoresAsNumbersWithTheirMoveInWordsAndLinksToTheAssessment() {
        ComparisonScene scene = new ComparisonScene(fixtures, jurisdictions, people, programmes, passwords, jdbc);
        scene.validated(scene.first.id(), Instant.parse("2025-01-10T10:00:00Z"), Map.of("P1.1", 1));
        Long latest = scene.validated(scene.first.id(), Instant.parse("2026-01-10T10:00:00Z"), Map.of("P1.1", 3));

        login(scene.coordinator);
        UI.getCurrent().navigate("comparison", QueryParameters.of("country", String.valueOf(scene.country)));

        @SuppressWarnings("unchecked")
        Grid<CityScores> grid = _get(Grid.class, spec -> spec.withId("heat-map"));
        assertThat(GridKt._size(grid)).isEqualTo(3);
        int row =
                GridKt._findAll(grid).stream().map(CityScores::cityId).toList().indexOf(scene.first.id());
        Component cell = GridKt._getCellComponent(grid, row, "e1");
        assertThat(cell).isInstanceOf(Anchor.class);
        Anchor link = (Anchor) cell;
        assertThat(link.getHref()).isEqualTo("assessments/" + latest);
        assertThat(link.getElement().getTextRecursively()).contains("100").contains("▲");
        assertThat(link.getElement().getAttribute("aria-label"))
                .contains("Essential 1, Organise for disaster resilience")
                .contains("up from 33")
                .contains("Opens the assessment");
        assertThat(link.getClassNames()).contains("heat-high");
        int unassessed = row == 0 ? 1 : 0;
        Component empty = GridKt._getCellComponent(grid, unassessed, "e1");
        assertThat(empty).isNotInstanceOf(Anchor.class);
        assertThat(empty.getElement().getAttribute("aria-label")).isEqualTo("No validated assessment");
        assertThat(_find(Grid.class, spec -> spec.withId("stage-quarters"))).hasSize(1);
        assertThat(_find(Grid.class, spec -> spec.withId("stage-days"))).hasSize(1);
    }

    @Test
    void offersSerbiasCoordinatorSerbiaAndTellsOfASubjectOutsideTheirScope() {
        login("coordinator.serbia");
        UI.getCurrent().navigate("comparison");
        @SuppressWarnings("unchecked")
        Select<ComparisonSubject> subject = _get(Select.class, spec -> spec.withId("comparison-subject"));
        ComparisonSubject serbia = subject.getListDataView()
                .getItems()
                .filter(offered -> offered.label(java.util.Locale.ENGLISH).startsWith("Serbia"))
                .findFirst()
                .orElseThrow();
        _setValue(subject, serbia);
        @SuppressWarnings("unchecked")
        Grid<CityScores> grid = _get(Grid.class, spec -> spec.withId("heat-map"));
        assertThat(GridKt._findAll(grid)).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("RS-KRA");
            assertThat(c.assessed()).isTrue();
        });

        Long tajikistan = jurisdictions.findByCode("TJ").orElseThrow().getId();
        UI.getCurrent().navigate("comparison", QueryParameters.of("country", String.valueOf(tajikistan)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("comparison-not-found"))
                        .getText())
                .contains("outside your scope");
        assertThat(_find(Grid.class, spec -> spec.withId("heat-map"))).isEmpty();
    }
}
