package org.resilienceroadmap.roadmap;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.ui.RowTable;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.RowTables;
import org.resilienceroadmap.workflow.TaskItem;

/** The home page answers "what needs me now" for each role. */
class HomeViewTests extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.resilienceroadmap.support.Fixtures fixtures;

    @org.springframework.beans.factory.annotation.Autowired
    org.resilienceroadmap.support.AssessmentDriver driver;

    @org.springframework.beans.factory.annotation.Autowired
    RoadmapService roadmap;

    @Test
    void showsADonorTheStagesOfTheCoveredJurisdictionsAndNoTasks() {
        login("donor.eu");
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Grid<JurisdictionView> covered = _get(Grid.class, spec -> spec.withId("programme-jurisdictions"));
        List<String> names =
                GridKt._findAll(covered).stream().map(JurisdictionView::name).toList();
        assertThat(names).contains("Dushanbe", "Tajikistan", "Almaty").doesNotContain("Kraljevo", "Čačak");
        assertThat(GridKt._findAll(covered))
                .filteredOn(j -> j.name().equals("Dushanbe"))
                .allSatisfy(j -> assertThat(j.stage()).isNotNull());
        assertThat(_find(RowTable.class, spec -> spec.withId("home-tasks"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream()
                        .map(p -> p.getText())
                        .toList())
                .as("the programme's period as the reader writes days")
                .anySatisfy(text -> assertThat(text)
                        .contains("Jul 1, 2020")
                        .contains("Jun 30, 2023")
                        .doesNotContain("2020-07-01"));
        assertThat(_find(Grid.class, spec -> spec.withId("stage-times-grid")))
                .as("time in stage for donors too")
                .hasSize(1);
    }

    @Test
    void showsACoordinatorThePendingApprovalOfTheirCountryAndNotOfAnother() {
        TestCity city = fixtures.newCity("RS");
        as("coordinator.serbia", () -> roadmap.join(city.id(), java.time.LocalDate.of(2021, 2, 1)));
        driver.passAssessment(city.id(), city.chair(), "coordinator.serbia");

        login("coordinator.serbia");
        UI.getCurrent().navigate("");
        assertThat(homeTasks().getItems()).anySatisfy(t -> {
            assertThat(t.jurisdictionId()).isEqualTo(city.id());
            assertThat(t.taskKey()).isEqualTo("Task_StageAGate");
        });
        login("coordinator.tajikistan");
        UI.getCurrent().navigate("jurisdictions");
        UI.getCurrent().navigate("");
        assertThat(homeTasks().getItems()).noneMatch(t -> city.id().equals(t.jurisdictionId()));
        login("chair.kraljevo");
        UI.getCurrent().navigate("jurisdictions");
        UI.getCurrent().navigate("");
        assertThat(homeTasks().getItems())
                .extracting(TaskItem::taskKey)
                .as("Kraljevo's demo plan is adopted and being carried out")
                .contains("Task_StageCWork", "Task_CarryOut")
                .doesNotContain("Task_DraftStrategy");
    }

    @Test
    void sortsTheOpenWorkByTheHeaderPressed() {
        login("chair.kraljevo");
        UI.getCurrent().navigate("");
        RowTable<TaskItem> tasks = homeTasks();
        assertThat(tasks.getItems()).hasSizeGreaterThan(1);

        RowTables.sortBy(tasks, "Task");
        List<String> up = names(tasks);
        RowTables.sortBy(tasks, "Task");

        List<String> down = new java.util.ArrayList<>(up);
        java.util.Collections.reverse(down);
        assertThat(names(tasks)).isEqualTo(down).isNotEqualTo(up);
    }

    private static List<String> names(RowTable<TaskItem> tasks) {
        return tasks.getItems().stream().map(t -> tasks.texts(t).get(0)).toList();
    }

    private static RowTable<TaskItem> homeTasks() {
        return RowTables.table("home-tasks");
    }
}
