package org.resilienceroadmap.funding;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard links the logical framework; its managers state the impact and each result's assumptions. */
class LogframeViewTests extends KaribuTest {

    @Autowired
    ProgrammeDirectory directory;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Test
    void theDonorsDashboardLinksTheLogicalFramework() {
        Long eu = directory.findByCode("EU-CA-SENDAI").orElseThrow().getId();
        login("donor.eu");
        UI.getCurrent().navigate("programmes/" + eu);
        Anchor link = _get(Anchor.class, spec -> spec.withId("export-logframe"));
        assertThat(link.getHref()).isEqualTo("/api/v1/programmes/" + eu + "/logframe.xlsx");
        assertThat(link.getText()).isEqualTo("Logical framework (XLSX)");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerSavesTheImpactAndAnOutcomesAssumptions() {
        Long p = as(
                "admin",
                () -> programmes
                        .create(new NewProgramme(
                                "LFV-" + System.nanoTime(),
                                "Assumed programme",
                                "Test donor",
                                new BigDecimal("1000"),
                                "EUR",
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2026, 12, 31),
                                Set.of(jurisdictions
                                        .findByCode("TJ-DYU")
                                        .orElseThrow()
                                        .getId()),
                                null,
                                null,
                                null,
                                null,
                                List.of()))
                        .getId());
        login("admin");
        UI.getCurrent().navigate("programmes/" + p);
        manageTab();
        _get(TextArea.class, spec -> spec.withId("impact-statement")).setValue("Cities lose less to disasters");
        _click(_get(Button.class, spec -> spec.withId("save-impact")));

        manageTab();
        assertThat(_get(TextArea.class, spec -> spec.withId("impact-statement")).getValue())
                .isEqualTo("Cities lose less to disasters");
        ((ComboBox<ResultKind>) _get(ComboBox.class, spec -> spec.withId("result-kind"))).setValue(ResultKind.OUTCOME);
        _get(TextField.class, spec -> spec.withId("result-code")).setValue("OC1");
        _get(TextField.class, spec -> spec.withId("result-title")).setValue("Cities plan for risk");
        _get(TextArea.class, spec -> spec.withId("result-assumptions")).setValue("Mayors stay committed");
        _click(_get(Button.class, spec -> spec.withId("add-result")));

        ProgrammeDetail detail = as("admin", () -> programmes.detail(p));
        assertThat(detail.impact()).isEqualTo("Cities lose less to disasters");
        assertThat(detail.results())
                .containsExactly(new ResultLine(
                        "OC1", "Cities plan for risk", ResultKind.OUTCOME, null, "Mayors stay committed"));
        manageTab();
        Grid<ResultLine> grid = _get(Grid.class, spec -> spec.withId("framework-results"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("OC1", "Outcome", "Mayors stay committed");

        ComboBox<ResultLine> which = _get(ComboBox.class, spec -> spec.withId("revise-result"));
        which.setValue(which.getListDataView().getItem(0));
        TextArea assumptions = _get(TextArea.class, spec -> spec.withId("revise-result-assumptions"));
        assertThat(assumptions.getValue()).isEqualTo("Mayors stay committed");
        assumptions.setValue("Mayors and councils stay committed");
        _click(_get(Button.class, spec -> spec.withId("save-result")));
        assertThat(as("admin", () -> programmes.detail(p)).results().get(0).assumptions())
                .isEqualTo("Mayors and councils stay committed");
    }

    private static void manageTab() {
        TabSheet tabs = _get(TabSheet.class);
        int manage = java.util.stream.IntStream.range(0, tabs.getTabCount())
                .filter(i -> tabs.getTabAt(i).getLabel().equals("Manage"))
                .findFirst()
                .orElseThrow();
        tabs.setSelectedIndex(manage);
    }
}
