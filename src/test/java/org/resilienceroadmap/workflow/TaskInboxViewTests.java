package org.resilienceroadmap.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.shared.ui.RowTable;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.RowTables;
import org.springframework.beans.factory.annotation.Autowired;

/** The inbox as people see it: their tasks only, and completing one moves the process on. */
class TaskInboxViewTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.resilienceroadmap.support.StrategyDriver strategies;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    JurisdictionDirectory directory;

    @Autowired
    TaskInbox inbox;

    @Autowired
    org.resilienceroadmap.support.AssessmentDriver driver;

    @Test
    void showsTheDushanbeChairTheirTasksAndTheKraljevoChairNone() {
        Long dushanbe = directory.findByCode("TJ-DYU").orElseThrow().getId();
        login("chair.dushanbe");
        UI.getCurrent().navigate("tasks");
        List<TaskItem> rows = inboxTable().getItems();
        assertThat(rows).isNotEmpty().allMatch(t -> dushanbe.equals(t.jurisdictionId()));

        login("chair.kraljevo");
        UI.getCurrent().navigate("jurisdictions");
        UI.getCurrent().navigate("tasks");
        assertThat(inboxTable().getItems()).isNotEmpty().noneMatch(t -> dushanbe.equals(t.jurisdictionId()));
    }

    @Test
    void startsTheScoringFromTheTaskPageAndHandsEachEssentialToTheWorkingGroup() {
        TestCity city = fixtures.newCity();
        as("coordinator.tajikistan", () -> roadmap.join(city.id(), LocalDate.of(2024, 2, 1)));
        login(city.chair());
        UI.getCurrent().navigate("tasks");
        TaskItem task = inboxTable().getItems().get(0);
        UI.getCurrent().navigate("tasks/" + task.id());
        assertThat(_get(H1.class, spec -> spec.withId("task-title")).getText())
                .isEqualTo("Assign the Essentials to scorers");
        _click(_get(Button.class, spec -> spec.withId("outcome-start")));
        List<TaskItem> scoring = as(city.member(), () -> inbox.openTasks());
        assertThat(scoring).hasSize(10).allMatch(t -> t.taskKey().equals("Task_ScoreEssential"));
        UI.getCurrent().navigate("tasks");
        assertThat(inboxTable().getItems()).extracting(t -> t.nameArgument()).contains(1, 10);
    }

    @Test
    void asksForTheCommentTheBpmnRequiresBeforeCompleting() {
        TestCity city = fixtures.newCity();
        Long strategy = strategies.current(city.id(), city.chair()).getId();
        strategies.draft(strategy, city.chair(), "# Strategy");
        strategies.submit(strategy, city.chair(), java.util.List.of(city.member()));
        TaskItem review = as(city.member(), () -> inbox.openTasks()).get(0);

        login(city.member());
        UI.getCurrent().navigate("tasks/" + review.id());
        assertThat(_get(H1.class, spec -> spec.withId("task-title")).getText())
                .isEqualTo("Review the strategy version");
        _click(_get(Button.class, spec -> spec.withId("outcome-request-changes")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("task-comment"));
        assertThat(comment.isInvalid()).as("a comment is required").isTrue();
        assertThat(as(city.member(), () -> inbox.openTasks()))
                .extracting(TaskItem::id)
                .containsExactly(review.id());

        _setValue(comment, "Name the districts the sirens cover.");
        _click(_get(Button.class, spec -> spec.withId("outcome-request-changes")));
        assertThat(as(city.member(), () -> inbox.openTasks())).isEmpty();
        assertThat(as(city.chair(), () -> inbox.openTasks()))
                .anyMatch(
                        t -> city.id().equals(t.jurisdictionId()) && t.taskKey().equals("Task_ConsolidateReview"));
    }

    @Test
    void showsAMemberNoOutcomesOnATaskTheyMayNotComplete() {
        TestCity city = fixtures.newCity();
        as("coordinator.tajikistan", () -> roadmap.join(city.id(), LocalDate.of(2024, 2, 1)));
        TaskItem work = as(city.chair(), () -> inbox.openTasks()).get(0);
        login(city.coordinator());
        UI.getCurrent().navigate("tasks/" + work.id());
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        Button.class, spec -> spec.withId("outcome-start")))
                .isEmpty();
    }

    private static RowTable<TaskItem> inboxTable() {
        return RowTables.table("task-table");
    }
}
