package org.resilienceroadmap.administration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's incidents page: the failed step with its error, retried after a confirmation. */
class IncidentsViewTests extends KaribuTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    private IncidentProbe probe;

    @BeforeEach
    void aStepThatFails() {
        probe = new IncidentProbe(repository, runtime, management);
    }

    @AfterEach
    void removeTheProbe() {
        probe.remove();
    }

    @Test
    void listsTheFailedStepWithItsErrorAndRetriesItAfterConfirmation() {
        probe.failUntilIncident();
        login("admin");
        UI.getCurrent().navigate("admin/incidents");

        @SuppressWarnings("unchecked")
        Grid<FailedStep> grid = _get(Grid.class, spec -> spec.withId("incidents"));
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).stepName().equals(IncidentProbe.STEP))
                .findFirst()
                .orElseThrow();
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, row)))
                .contains("Incident probe", IncidentProbe.STEP, "MissingDelegate", "probe-");

        _click((Button) GridKt._getCellComponent(grid, row, "retry"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-retry"));
        assertThat(probe.incidents()).as("nothing retried before confirming").isOne();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(probe.incidents()).isZero();
        assertThat(IntStream.range(0, GridKt._size(grid))
                        .mapToObj(i -> GridKt._get(grid, i).stepName()))
                .doesNotContain(IncidentProbe.STEP);
    }
}
