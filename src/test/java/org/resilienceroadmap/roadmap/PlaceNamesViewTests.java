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
        assertThat(treeNames()).contains("Центральная Азия", "Таджикистан", "Душанбе", "Алматы", "Бишкек")
                .doesNotContain("Central Asia", "Dushanbe", "Dushanbe (Душанбе)");
        UI.getCurrent().navigate("jurisdictions/" + directory.findByCode("TJ-DYU").orElseThrow().getId());
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
            names.add(((Anchor) GridKt._getCellComponent(tree, row, "name")).getText());
        }
        return names;
    }
}
