package org.resilienceroadmap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A list of tasks named at once: each action task by its action's title, in its strategy's plan. */
class TaskSubjectsTests extends IntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver driver;

    @Autowired
    TaskSubjects subjects;

    @Autowired
    StrategyService strategies;

    @Test
    void eachActionTaskIsNamedByItsOwnActionAndBelongsToItsStrategysPlan() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        LocalDate due = LocalDate.now(Days.ZONE).plusMonths(6);
        Action sirens = driver.proposed(city, strategy, "Sirens in every district", due);
        Action drains = driver.proposed(city, strategy, "Drains cleared", due);
        TaskItem first = driver.task(city.chair(), sirens.getId(), ActionProcess.TASK_REVIEW);
        TaskItem second = driver.task(city.chair(), drains.getId(), ActionProcess.TASK_REVIEW);
        String plan =
                as(city.chair(), () -> strategies.detail(strategy).strategy().getTitle());

        List<TaskSubject> named = as(city.chair(), () -> subjects.describe(List.of(first, second), Locale.ENGLISH));

        assertThat(named).extracting(TaskSubject::title).containsExactly("Sirens in every district", "Drains cleared");
        assertThat(named).extracting(TaskSubject::planKey).containsOnly("STRATEGY:" + strategy);
        assertThat(named).extracting(TaskSubject::planTitle).containsOnly(plan);
        assertThat(named.get(0).line()).endsWith(" · Sirens in every district");
    }

    @Test
    void subjectsNamedByTypeAndIdEachGetTheirTitleAndPageAndAnUnknownTypeOrAGoneSubjectNone() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        Action sirens = driver.proposed(
                city,
                strategy,
                "Sirens in every district",
                LocalDate.now(Days.ZONE).plusMonths(6));
        String plan =
                as(city.chair(), () -> strategies.detail(strategy).strategy().getTitle());
        var action = new TaskSubjectLink.SubjectRef("ACTION", String.valueOf(sirens.getId()));
        var ofStrategy = new TaskSubjectLink.SubjectRef(StrategyService.SUBJECT_TYPE, String.valueOf(strategy));
        var unknown = new TaskSubjectLink.SubjectRef("NO_SUCH_FEATURE", "1");
        var gone = new TaskSubjectLink.SubjectRef(
                org.resilienceroadmap.assessment.AssessmentService.SUBJECT_TYPE, "999999999");

        var named = as(
                city.chair(), () -> subjects.named(List.of(action, ofStrategy, unknown, gone, action), Locale.ENGLISH));

        assertThat(named).containsOnlyKeys(action, ofStrategy);
        assertThat(named.get(action))
                .isEqualTo(new TaskSubjects.Named("Sirens in every district", "actions/" + sirens.getId()));
        assertThat(named.get(ofStrategy).title()).isEqualTo(plan);
    }
}
