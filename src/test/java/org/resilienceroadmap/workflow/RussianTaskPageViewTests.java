package org.resilienceroadmap.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** A Russian reader's task page: the task's name, what it asks and the comment history in Russian. */
class RussianTaskPageViewTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StrategyDriver strategies;

    @Autowired
    TaskInbox inbox;

    @Autowired
    RoadmapService roadmap;

    @Test
    void namesTheTaskAndSaysWhatItAsksInRussianAndNamesCommentedTasksInRussian() {
        TestCity city = fixtures.newCity();
        Long strategy = strategies.current(city.id(), city.chair()).getId();
        strategies.draft(strategy, city.chair(), "# Strategy");
        strategies.submit(strategy, city.chair(), List.of(city.member()));
        TaskItem review = as(city.member(), () -> inbox.openTasks()).get(0);

        login(city.member());
        inRussian();
        UI.getCurrent().navigate("tasks/" + review.id());
        assertThat(_get(H1.class, spec -> spec.withId("task-title")).getText())
                .isEqualTo("Рецензировать версию стратегии");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-description"))
                        .getText())
                .startsWith("Рецензент из рабочей группы читает представленную версию");
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "Назовите районы, где есть сирены.");
        _click(_get(Button.class, spec -> spec.withId("outcome-request-changes")));

        TaskItem consolidate = as(city.chair(), () -> inbox.openTasks()).stream()
                .filter(t -> t.taskKey().equals("Task_ConsolidateReview"))
                .findFirst()
                .orElseThrow();
        freshSessionInRussian(city.chair());
        UI.getCurrent().navigate("tasks/" + consolidate.id());
        assertThat(_get(H1.class, spec -> spec.withId("task-title")).getText()).isEqualTo("Обобщить рецензии");
        String history = _get(VerticalLayout.class, spec -> spec.withId("task-comments"))
                .getElement()
                .getTextRecursively();
        assertThat(history)
                .contains("Рецензировать версию стратегии", "Назовите районы, где есть сирены.")
                .doesNotContain("Review the strategy version");
    }

    @Test
    void namesACommentedScoringTaskWithItsEssentialInRussian() {
        TestCity city = fixtures.newCity();
        as("coordinator.tajikistan", () -> roadmap.join(city.id(), LocalDate.of(2024, 2, 1)));
        TaskItem assign = as(city.chair(), () -> inbox.openTasks()).get(0);
        as(city.chair(), () -> {
            inbox.complete(assign.id(), "start", null, Map.of());
            return null;
        });
        List<TaskItem> scoring = as(city.member(), () -> inbox.openTasks());
        TaskItem third = scoring.stream()
                .filter(t -> Integer.valueOf(3).equals(t.nameArgument()))
                .findFirst()
                .orElseThrow();
        as(city.member(), () -> {
            inbox.complete(third.id(), "done", "Проверено на месте.", Map.of());
            return null;
        });
        TaskItem first = scoring.stream()
                .filter(t -> Integer.valueOf(1).equals(t.nameArgument()))
                .findFirst()
                .orElseThrow();

        login(city.member());
        inRussian();
        UI.getCurrent().navigate("tasks/" + first.id());
        assertThat(_get(H1.class, spec -> spec.withId("task-title")).getText()).isEqualTo("Оценить принцип 1");
        String history = _get(VerticalLayout.class, spec -> spec.withId("task-comments"))
                .getElement()
                .getTextRecursively();
        assertThat(history).contains("Оценить принцип 3", "Проверено на месте.").doesNotContain("{0}");
    }

    /** The account's language is applied at the first page; the reader then switches to Russian. */
    private void inRussian() {
        UI.getCurrent().navigate("tasks");
        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag("ru"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
    }

    private void freshSessionInRussian(String username) {
        freshSession();
        login(username);
        inRussian();
    }
}
