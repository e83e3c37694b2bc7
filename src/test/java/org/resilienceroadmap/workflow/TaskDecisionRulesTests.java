package org.resilienceroadmap.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may decide a task, through {@link TaskInbox#complete}: a candidate decides an unassigned task,
 * the holder decides theirs; another candidate hears who holds it (409), someone in scope who is no
 * candidate is refused (403), someone who cannot see the city is told there is no such task (404) —
 * and nothing is decided by any refused attempt.
 */
class TaskDecisionRulesTests extends IntegrationTest {

    @Autowired
    TaskInbox inbox;

    @Autowired
    ActionDriver driver;

    @Autowired
    Fixtures fixtures;

    private TestCity city;
    private Long actionId;
    private String taskId;

    @BeforeEach
    void proposeAnAction() {
        city = fixtures.newCity();
        Long strategyId = driver.adoptedStrategy(city);
        actionId = driver.propose(
                        city,
                        strategyId,
                        "Sirens in every district",
                        LocalDate.now(Days.ZONE).plusMonths(10))
                .getId();
        taskId = driver.task(city.coordinator(), actionId, ActionProcess.TASK_APPROVE)
                .id();
    }

    @Test
    void refusesEveryoneButTheHolderOnceACandidateHoldsIt() {
        as(city.coordinator(), () -> inbox.claim(taskId));
        String second = ActionDriver.COORDINATOR;

        assertThatThrownBy(() -> as(second, () -> inbox.complete(taskId, "approve", null, Map.of())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(city.coordinator());
        assertThatThrownBy(() -> as(city.member(), () -> inbox.complete(taskId, "approve", null, Map.of())))
                .isInstanceOf(ForbiddenException.class);
        TestCity elsewhere = fixtures.newCity("RS");
        assertThatThrownBy(() -> as(elsewhere.coordinator(), () -> inbox.complete(taskId, "approve", null, Map.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(city.coordinator(), () -> inbox.get(taskId)).assignee()).isEqualTo(city.coordinator());

        as(city.coordinator(), () -> inbox.complete(taskId, "approve", null, Map.of()));
        assertThatThrownBy(() -> as(city.coordinator(), () -> inbox.get(taskId)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void letsACandidateDecideAnUnassignedTaskAndNoOneElse() {
        assertThatThrownBy(() -> as(city.member(), () -> inbox.complete(taskId, "approve", null, Map.of())))
                .isInstanceOf(ForbiddenException.class);
        TestCity elsewhere = fixtures.newCity("RS");
        assertThatThrownBy(() -> as(elsewhere.coordinator(), () -> inbox.complete(taskId, "approve", null, Map.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(city.coordinator(), () -> inbox.get(taskId)).assignee()).isNull();

        // A country coordinator is a candidate through the city's ancestry.
        as(ActionDriver.COORDINATOR, () -> inbox.complete(taskId, "approve", null, Map.of()));
        assertThatThrownBy(() -> as(city.coordinator(), () -> inbox.complete(taskId, "approve", null, Map.of())))
                .isInstanceOf(ConflictException.class);
    }
}
