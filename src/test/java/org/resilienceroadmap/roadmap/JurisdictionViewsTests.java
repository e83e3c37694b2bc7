package org.resilienceroadmap.roadmap;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The jurisdiction pages show only what is in scope, and offer joining only to those who may record it. */
class JurisdictionViewsTests extends KaribuTest {

    @Autowired
    JurisdictionDirectory directory;

    @Autowired
    org.resilienceroadmap.support.Fixtures fixtures;

    @Test
    void aKraljevoChairNeitherListsNorOpensDushanbe() {
        Long dushanbe = directory.findByCode("TJ-DYU").orElseThrow().getId();
        login("chair.kraljevo");
        UI.getCurrent().navigate("jurisdictions");
        assertThat(names()).containsExactly("Kraljevo");
        UI.getCurrent().navigate("jurisdictions/" + dushanbe);
        assertThat(_get(H1.class).getText()).isEqualTo("This jurisdiction does not exist or is outside your scope.");
    }

    @Test
    void aCountryCoordinatorSeesTheCountryTreeAndMayRecordJoiningOfACityNotYetJoined() {
        login("coordinator.tajikistan");
        UI.getCurrent().navigate("jurisdictions");
        assertThat(names()).contains("Tajikistan", "Dushanbe").doesNotContain("Kraljevo", "Almaty");
        TestCity city = fixtures.newCity();
        UI.getCurrent().navigate("jurisdictions/" + city.id());
        assertThat(_find(Button.class, spec -> spec.withId("join"))).hasSize(1);

        login(city.chair());
        UI.getCurrent().navigate("jurisdictions");
        UI.getCurrent().navigate("jurisdictions/" + city.id());
        assertThat(_find(Button.class, spec -> spec.withId("join"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJoiningDayReadsAsADayOfTheReadersLanguage() {
        login("coordinator.tajikistan");
        UI.getCurrent().navigate("jurisdictions");
        TreeGrid<JurisdictionView> tree = _get(TreeGrid.class, spec -> spec.withId("jurisdiction-tree"));
        List<JurisdictionView> rows = GridKt._findAll(tree);
        int dushanbe = rows.stream().map(JurisdictionView::name).toList().indexOf("Dushanbe");
        java.time.LocalDate joined = rows.get(dushanbe).joinedOn();

        assertThat(joined).as("Dushanbe has joined in the demo data").isNotNull();
        assertThat(GridKt._getFormattedRow(tree, dushanbe))
                .contains(org.resilienceroadmap.shared.Days.format(java.util.Locale.ENGLISH, joined))
                .doesNotContain(joined.toString());
    }

    @Test
    void aPlacePageNamesWhoApprovedEachStageAndWritesTheJoiningDayInTheReadersLanguage() {
        login("coordinator.serbia");
        var kraljevo = directory.findByCode("RS-KRA").orElseThrow();
        UI.getCurrent().navigate("jurisdictions/" + kraljevo.getId());
        String page = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("stage-timeline"))
                .getElement()
                .getTextRecursively();

        assertThat(page).contains("approved by Nikola Petrović").doesNotContain("coordinator.serbia");
        assertThat(_find(com.vaadin.flow.component.html.Span.class).stream()
                        .map(span -> span.getText())
                        .toList())
                .anySatisfy(facts -> assertThat(facts)
                        .contains("in MCR2030 since "
                                + org.resilienceroadmap.shared.Days.format(
                                        java.util.Locale.ENGLISH, java.time.LocalDate.of(2021, 2, 1)))
                        .doesNotContain("2021-02-01"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> names() {
        TreeGrid<JurisdictionView> tree = _get(TreeGrid.class, spec -> spec.withId("jurisdiction-tree"));
        return GridKt._findAll(tree).stream().map(JurisdictionView::name).toList();
    }
}
