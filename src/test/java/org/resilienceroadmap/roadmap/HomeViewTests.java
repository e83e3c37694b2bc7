package org.resilienceroadmap.roadmap;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.workflow.TaskItem;

/** The home page answers "what needs me now" for each role. */
class HomeViewTests extends KaribuTest {

    @Test
    void showsADonorTheStagesOfTheCoveredJurisdictionsAndNoTasks() {
        login("donor.eu");
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Grid<JurisdictionView> covered = _get(Grid.class, spec -> spec.withId("programme-jurisdictions"));
        List<String> names = GridKt._findAll(covered).stream().map(JurisdictionView::name).toList();
        assertThat(names).contains("Dushanbe", "Tajikistan", "Almaty").doesNotContain("Kraljevo", "Čačak");
        assertThat(GridKt._findAll(covered)).filteredOn(j -> j.name().equals("Dushanbe"))
                .allSatisfy(j -> assertThat(j.stage()).isNotNull());
        assertThat(_find(Grid.class, spec -> spec.withId("home-tasks"))).isEmpty();
    }

    @Test
    void showsASerbianCoordinatorOnlySerbianWork() {
        login("coordinator.serbia");
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Grid<TaskItem> tasks = _get(Grid.class, spec -> spec.withId("home-tasks"));
        assertThat(GridKt._findAll(tasks)).allMatch(t -> t.processKey().equals("roadmap"));
        login("chair.kraljevo");
        UI.getCurrent().navigate("jurisdictions");
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Grid<TaskItem> mine = _get(Grid.class, spec -> spec.withId("home-tasks"));
        assertThat(GridKt._findAll(mine)).isNotEmpty().allMatch(t -> t.taskKey().equals("Task_StageBWork"));
    }
}
