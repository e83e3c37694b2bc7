package org.resilienceroadmap.funding;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.support.AssessmentDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/** The programme pages: the donor's dashboard with its charts, an indicator opened, the report page, scope. */
class ProgrammeViewTests extends KaribuTest {

    @Autowired
    ProgrammeDirectory programmes;

    @Autowired
    DonorReports reports;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    AssessmentDriver assessments;

    @Autowired
    TaskInbox inbox;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    private Long eu() {
        return programmes.findByCode("EU-CA-SENDAI").orElseThrow().getId();
    }

    @Test
    void theReportsAndMoneyTabsAreMadeWhenFirstOpenedNotOnArrival() {
        login("donor.eu");
        UI.getCurrent().navigate("programmes/" + eu());
        TabSheet tabs = _get(TabSheet.class);
        List<String> later = List.of(
                UI.getCurrent().getTranslation("funding.tab.reports"),
                UI.getCurrent().getTranslation("funding.tab.money"));
        List<com.vaadin.flow.component.tabs.Tab> lazy = java.util.stream.IntStream.range(0, tabs.getTabCount())
                .mapToObj(tabs::getTabAt)
                .filter(t -> later.contains(t.getLabel()))
                .toList();
        assertThat(lazy).hasSize(2);
        assertThat(lazy)
                .allSatisfy(t -> assertThat(tabs.getComponent(t).getChildren()).isEmpty());

        tabs.setSelectedTab(lazy.get(1));

        assertThat(tabs.getComponent(lazy.get(1)).getChildren()).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("money-progress")))
                .hasSize(1);
        assertThat(tabs.getComponent(lazy.get(0)).getChildren()).isEmpty();
        tabs.setSelectedIndex(0);
        tabs.setSelectedTab(lazy.get(1));
        assertThat(tabs.getComponent(lazy.get(1)).getChildren()).hasSize(1);
    }

    @Test
    void theDonorSeesChartsIndicatorsAndWhatEachCounts() {
        login("donor.eu");
        UI.getCurrent().navigate("programmes/" + eu());
        assertThat(_get(H1.class, spec -> spec.withId("programme-title")).getText())
                .startsWith("Strengthening");
        assertThat(svg("stage-funnel"))
                .contains("<svg")
                .contains(UI.getCurrent().getTranslation("stage.A"));
        assertThat(svg("spend-chart")).contains("3,250,000");
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(1);
        assertThat(svg("indicator-chart")).contains("I2.3");
        @SuppressWarnings("unchecked")
        Grid<IndicatorLine> table = _get(Grid.class, spec -> spec.withId("indicator-table"));
        assertThat(_size(table)).isEqualTo(8);
        int row = java.util.stream.IntStream.range(0, _size(table))
                .filter(r -> com.github.mvysny.kaributesting.v10.GridKt._get(table, r)
                        .code()
                        .equals("I2.1"))
                .findFirst()
                .orElseThrow();
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(table, row, "open"));
        @SuppressWarnings("unchecked")
        Grid<CountedItem> counted = _get(Grid.class, spec -> spec.withId("counted-items"));
        assertThat(_size(counted)).isPositive();
        assertThat(_find(Button.class, spec -> spec.withId("add-indicator"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("record-disbursement")))
                .isEmpty();
    }

    @Test
    void recentDecisionsSayWhoDecidedWhatAboutWhichCityInWords() {
        TestCity city = fixtures.newCity();
        String coordinator = "named.coordinator." + city.code().toLowerCase();
        var person = people.create(
                new NewPerson(coordinator, "Zarina Rahimova", null, "Committee", "en"), passwords.hash("demo"), false);
        people.addMembership(person.getId(), Role.COORDINATOR, city.id(), null);
        as(coordinator, () -> roadmap.join(city.id(), LocalDate.of(2024, 3, 1)));
        assessments.passAssessment(city.id(), city.chair(), city.coordinator());
        TaskItem gate = as(coordinator, () -> inbox.openTasks()).stream()
                .filter(t -> t.taskKey().equals("Task_StageAGate") && city.id().equals(t.jurisdictionId()))
                .findFirst()
                .orElseThrow();
        as(
                coordinator,
                () -> inbox.complete(
                        gate.id(), "approve", null, java.util.Map.of("overrideReason", "Not this test's subject")));

        login("donor.eu");
        UI.getCurrent().navigate("programmes/" + eu());
        _get(TabSheet.class).setSelectedIndex(3);
        Grid<?> decisions = _get(Grid.class, spec -> spec.withId("recent-decisions"));
        int row = rowOf(decisions, "Test city " + city.code(), "stage A");
        assertThat(line(decisions, row))
                .contains("Zarina Rahimova", "Approved stage A, Know Better, for Test city " + city.code())
                .doesNotContain("→", "roadmap:", "Task_", "approve", coordinator);
        assertThat(((Anchor) _find((Component) GridKt._getCellComponent(decisions, row, "what"), Anchor.class)
                                .get(0))
                        .getHref())
                .isEqualTo("jurisdictions/" + city.id());
        assertThat(rows(decisions))
                .anySatisfy(line -> assertThat(line)
                        .contains("Zarina Rahimova", "Started the MCR2030 roadmap for Test city " + city.code()));

        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("programmes/" + eu());
        _get(TabSheet.class).setSelectedIndex(3);
        Grid<?> russian = _get(Grid.class, spec -> spec.withId("recent-decisions"));
        assertThat(line(russian, rowOf(russian, "Test city " + city.code(), "этап A")))
                .contains("Zarina Rahimova", "Утверждён этап A «Знать лучше»: Test city " + city.code())
                .doesNotContain("→", "roadmap:");
    }

    /** A row as a person reads it: the person (or "automatically") and the decision's sentence. */
    private static String line(Grid<?> grid, int row) {
        return GridKt._getFormattedRow(grid, row).get(2) + " · "
                + ((Component) GridKt._getCellComponent(grid, row, "what"))
                        .getElement()
                        .getTextRecursively();
    }

    private static int rowOf(Grid<?> grid, String... words) {
        List<String> rows = rows(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (java.util.Arrays.stream(words).allMatch(rows.get(i)::contains)) {
                return i;
            }
        }
        throw new AssertionError("No decision reads " + List.of(words) + " among " + rows);
    }

    private static List<String> rows(Grid<?> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> line(grid, i))
                .toList();
    }

    @Test
    void theRegionalCoordinatorManagesAndSeesTheWholeProgramme() {
        login("coordinator.centralasia");
        UI.getCurrent().navigate("programmes/" + eu());
        assertThat(_find(Div.class, spec -> spec.withId("partial-scope"))).isEmpty();
        _get(TabSheet.class).setSelectedIndex(5);
        assertThat(_find(Button.class, spec -> spec.withId("record-disbursement")))
                .hasSize(1);
    }

    @Test
    void aRussianCoordinatorReadsTheCountriesAndCitiesInRussian() {
        login("coordinator.centralasia");
        UI.getCurrent().navigate("programmes/" + eu());
        _get(TabSheet.class).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<JurisdictionProgress> grid = _get(Grid.class, spec -> spec.withId("jurisdiction-progress"));
        java.util.List<String> countries = new java.util.ArrayList<>();
        java.util.List<String> places = new java.util.ArrayList<>();
        for (int row = 0; row < _size(grid); row++) {
            countries.add(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row)
                    .get(0));
            places.add(((com.vaadin.flow.component.html.Anchor)
                            com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "jurisdiction"))
                    .getText());
        }
        assertThat(countries).contains("Таджикистан", "Казахстан").doesNotContain("Tajikistan");
        assertThat(places).contains("Душанбе", "Алматы").doesNotContain("Dushanbe (Душанбе)");
    }

    @Test
    void aCountryCoordinatorIsToldTheySeePartOfIt() {
        login("coordinator.tajikistan");
        UI.getCurrent().navigate("programmes/" + eu());
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("partial-scope")))
                .hasSize(1);
        assertThat(_get(TabSheet.class).getTabCount()).isEqualTo(6);
    }

    @Test
    void aSerbianCoordinatorFindsNoSuchProgramme() {
        login("coordinator.serbia");
        UI.getCurrent().navigate("programmes/" + eu());
        assertThat(_find(H1.class, spec -> spec.withId("programme-title"))).isEmpty();
        assertThat(_find(H1.class, spec -> spec.withId("programme-not-found"))).hasSize(1);
    }

    @Test
    void theDemoReportWaitsForTheDonorAndShowsItsNarrative() {
        login("donor.eu");
        Long report = reports.ofProgramme(eu()).get(0).getId();
        UI.getCurrent().navigate("donor-reports/" + report);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("report-state"))
                        .getText())
                .isEqualTo(UI.getCurrent().getTranslation("funding.report.state.SUBMITTED"));
        assertThat(_find(TextArea.class, spec -> spec.withId("report-narrative")))
                .isEmpty();
        assertThat(_get(com.vaadin.flow.component.Html.class).getInnerHtml()).contains("Tashkent");
        Grid<?> submissions = _get(Grid.class, spec -> spec.withId("report-submissions"));
        assertThat(GridKt._getFormattedRow(submissions, 0))
                .as("the signer by name")
                .contains("Aigerim Nurlanova")
                .doesNotContain("coordinator.centralasia");
    }

    private static String svg(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getProperty("innerHTML");
    }
}
