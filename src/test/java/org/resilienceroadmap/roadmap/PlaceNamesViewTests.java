package org.resilienceroadmap.roadmap;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.workflow.TaskSubjects;
import org.springframework.beans.factory.annotation.Autowired;

/** Places in the reader's language: Russian readers read Душанбе and Кралево, not Dushanbe and Kraljevo. */
class PlaceNamesViewTests extends KaribuTest {

    @Autowired
    JurisdictionDirectory directory;

    @Test
    void aRussianReaderFindsTheCentralAsianPlacesUnderTheirRussianNames() {
        login("coordinator.centralasia");
        UI.getCurrent().navigate("jurisdictions");
        assertThat(treeNames())
                .contains("Центральная Азия", "Таджикистан", "Душанбе", "Алматы", "Бишкек")
                .doesNotContain("Central Asia", "Dushanbe", "Dushanbe (Душанбе)");
        UI.getCurrent()
                .navigate("jurisdictions/"
                        + directory.findByCode("TJ-DYU").orElseThrow().getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Душанбе");
    }

    @Test
    void namesASerbianCityInRussianWithItsSerbianNameBesideIt() {
        Long kraljevo = directory.findByCode("RS-KRA").orElseThrow().getId();
        login("coordinator.serbia");
        UI.getCurrent().navigate("jurisdictions");
        assertThat(treeNames()).contains("Serbia (Србија)", "Kraljevo (Краљево)");

        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag("ru"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("jurisdictions/" + kraljevo);
        assertThat(_get(H1.class).getText()).isEqualTo("Кралево (Краљево)");
        UI.getCurrent().navigate("jurisdictions");
        assertThat(treeNames()).contains("Сербия (Србија)", "Кралево (Краљево)").doesNotContain("Kraljevo (Краљево)");
    }

    @Test
    void aSerbianReaderFindsEveryPlaceUnderItsSerbianLatinName() {
        login("coordinator.centralasia");
        UI.getCurrent().navigate("jurisdictions");
        // After the account's own language is applied on the first page, as the language switch does.
        UI.getCurrent().getSession().setLocale(Languages.SERBIAN);
        UI.getCurrent().setLocale(Languages.SERBIAN);
        UI.getCurrent().navigate("jurisdictions");
        assertThat(treeNames())
                .contains(
                        "Centralna Azija (Центральная Азия)",
                        "Tadžikistan",
                        "Dušanbe",
                        "Almati (Алматы)",
                        "Biškek",
                        "Kirgistan (Кыргызстан)")
                .doesNotContain("Dushanbe", "Dushanbe (Душанбе)", "Душанбе", "Central Asia (Центральная Азия)");

        freshSession();
        login("coordinator.serbia");
        Jurisdiction uzice = directory.findByCode("RS-UZI").orElseThrow();
        assertThat(uzice.getName()).as("the Latin name keeps its marks").isEqualTo("Užice");
        UI.getCurrent().navigate("jurisdictions/" + uzice.getId());
        UI.getCurrent().getSession().setLocale(Languages.SERBIAN);
        UI.getCurrent().setLocale(Languages.SERBIAN);
        UI.getCurrent().navigate("jurisdictions");
        assertThat(treeNames())
                .contains("Srbija", "Kraljevo", "Čačak", "Užice", "Vrnjačka Banja")
                .doesNotContain("Kraljevo (Краљево)", "Serbia (Србија)", "Srbija (Србија)");
        UI.getCurrent().navigate("jurisdictions/" + uzice.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Užice");
        assertThat(TaskSubjects.place(directory.findByCode("TJ-DYU").orElseThrow(), Languages.SERBIAN))
                .isEqualTo("Dušanbe");
    }

    @Test
    void namesTheTaskSubjectsPlaceInTheReadersLanguage() {
        Jurisdiction kraljevo = directory.findByCode("RS-KRA").orElseThrow();
        assertThat(TaskSubjects.place(kraljevo, Locale.forLanguageTag("ru"))).isEqualTo("Кралево");
        assertThat(TaskSubjects.place(kraljevo, Locale.ENGLISH)).isEqualTo("Kraljevo");
        assertThat(TaskSubjects.place(directory.findByCode("CA").orElseThrow(), Locale.forLanguageTag("ru")))
                .isEqualTo("Центральная Азия");
    }

    @SuppressWarnings("unchecked")
    private static List<String> treeNames() {
        TreeGrid<JurisdictionView> tree = _get(TreeGrid.class, spec -> spec.withId("jurisdiction-tree"));
        List<String> names = new ArrayList<>();
        for (int row = 0; row < GridKt._size(tree); row++) {
            // The cell holds the name's link, with the level and stage a phone shows under it.
            names.add(((Anchor) GridKt._getCellComponent(tree, row, "name")
                            .getChildren()
                            .findFirst()
                            .orElseThrow())
                    .getText());
        }
        return names;
    }
}
