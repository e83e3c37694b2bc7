package org.resilienceroadmap.funding;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The programme pages: the donor's dashboard with its charts, an indicator opened, the report page, scope. */
class ProgrammeViewTests extends KaribuTest {

    @Autowired
    ProgrammeDirectory programmes;
    @Autowired
    DonorReports reports;

    private Long eu() {
        return programmes.findByCode("EU-CA-SENDAI").orElseThrow().getId();
    }

    @Test
    void theDonorSeesChartsIndicatorsAndWhatEachCounts() {
        login("donor.eu");
        UI.getCurrent().navigate("programmes/" + eu());
        assertThat(_get(H2.class, spec -> spec.withId("programme-title")).getText()).startsWith("Strengthening");
        assertThat(svg("stage-funnel")).contains("<svg").contains(UI.getCurrent().getTranslation("stage.A"));
        assertThat(svg("spend-chart")).contains("3,250,000");
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(1);
        assertThat(svg("indicator-chart")).contains("I2.3");
        @SuppressWarnings("unchecked")
        Grid<IndicatorLine> table = _get(Grid.class, spec -> spec.withId("indicator-table"));
        assertThat(_size(table)).isEqualTo(8);
        int row = java.util.stream.IntStream.range(0, _size(table))
                .filter(r -> com.github.mvysny.kaributesting.v10.GridKt._get(table, r).code().equals("I2.1"))
                .findFirst().orElseThrow();
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(table, row, "open"));
        @SuppressWarnings("unchecked")
        Grid<CountedItem> counted = _get(Grid.class, spec -> spec.withId("counted-items"));
        assertThat(_size(counted)).isPositive();
        assertThat(_find(Button.class, spec -> spec.withId("add-indicator"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("record-disbursement"))).isEmpty();
    }

    @Test
    void theRegionalCoordinatorManagesAndSeesTheWholeProgramme() {
        login("coordinator.centralasia");
        UI.getCurrent().navigate("programmes/" + eu());
        assertThat(_find(Div.class, spec -> spec.withId("partial-scope"))).isEmpty();
        _get(TabSheet.class).setSelectedIndex(5);
        assertThat(_find(Button.class, spec -> spec.withId("record-disbursement"))).hasSize(1);
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
            countries.add(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row).get(0));
            places.add(((com.vaadin.flow.component.html.Anchor) com.github.mvysny.kaributesting.v10.GridKt
                    ._getCellComponent(grid, row, "jurisdiction")).getText());
        }
        assertThat(countries).contains("Таджикистан", "Казахстан").doesNotContain("Tajikistan");
        assertThat(places).contains("Душанбе", "Алматы").doesNotContain("Dushanbe (Душанбе)");
    }

    @Test
    void aCountryCoordinatorIsToldTheySeePartOfIt() {
        login("coordinator.tajikistan");
        UI.getCurrent().navigate("programmes/" + eu());
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("partial-scope"))).hasSize(1);
        assertThat(_get(TabSheet.class).getTabCount()).isEqualTo(5);
    }

    @Test
    void aSerbianCoordinatorFindsNoSuchProgramme() {
        login("coordinator.serbia");
        UI.getCurrent().navigate("programmes/" + eu());
        assertThat(_find(H2.class, spec -> spec.withId("programme-title"))).isEmpty();
        assertThat(_find(H2.class, spec -> spec.withId("programme-not-found"))).hasSize(1);
    }

    @Test
    void theDemoReportWaitsForTheDonorAndShowsItsNarrative() {
        login("donor.eu");
        Long report = reports.ofProgramme(eu()).get(0).getId();
        UI.getCurrent().navigate("donor-reports/" + report);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("report-state")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("funding.report.state.SUBMITTED"));
        assertThat(_find(TextArea.class, spec -> spec.withId("report-narrative"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.Html.class).getInnerHtml()).contains("Tashkent");
    }

    private static String svg(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getProperty("innerHTML");
    }
}
