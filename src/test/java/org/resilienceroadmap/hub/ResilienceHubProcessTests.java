package org.resilienceroadmap.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.hub.process.ResilienceHubProcess;
import org.resilienceroadmap.notification.NotificationInbox;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Every path of processes/resilience-hub.bpmn for a fresh stage-C city: recommended and designated,
 * declined by the coordinator, sent back and revised, declined by an administrator, reminded before the
 * term ends and lapsed at its end (engine clock moved), renewed, and a declined renewal that runs out.
 */
class ResilienceHubProcessTests extends IntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    HubService hubs;

    @Autowired
    TaskInbox inbox;

    @Autowired
    NotificationInbox notifications;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    Fixtures fixtures;

    private HubTestCities cities;
    private Long hub;
    private ProcessInstance instance;

    @BeforeEach
    void aStageCCityApplies() {
        BpmnAwareTests.init(engine);
        cities = HubTestCities.fresh(fixtures, jurisdictions);
        hub = as(cities.hub().chair(), () -> hubs.apply(cities.hub().id(), cities.commitments()))
                .hub()
                .id();
        instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ResilienceHubProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(hub))
                .singleResult();
    }

    @AfterEach
    void resetTheEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void theCoordinatorRecommendsAndAnAdminDesignatesForThreeYears() {
        assertThat(instance).isWaitingAt(ResilienceHubProcess.TASK_RECOMMEND);
        assertThat(notices(cities.hub().coordinator())).contains("hub.notice.applied");
        assertThat(as(cities.hub().member(), inbox::openTasks))
                .noneMatch(t -> t.processInstanceId().equals(instance.getId()));
        complete(cities.hub().coordinator(), ResilienceHubProcess.TASK_RECOMMEND, "recommend", null);
        assertThat(detail().hub().status()).isEqualTo(HubStatus.RECOMMENDED);
        assertThat(notices("admin")).contains("hub.notice.recommended");
        assertThat(as(cities.hub().coordinator(), inbox::openTasks))
                .noneMatch(t -> t.processInstanceId().equals(instance.getId()));

        complete("admin", ResilienceHubProcess.TASK_DESIGNATE, "designate", null);
        HubLine line = detail().hub();
        LocalDate today = LocalDate.now(Days.ZONE);
        assertThat(line.status()).isEqualTo(HubStatus.DESIGNATED);
        assertThat(line.hub()).isTrue();
        assertThat(line.termStart()).isEqualTo(today);
        assertThat(line.termEnd()).isEqualTo(today.plusYears(3));
        assertThat(jurisdictions.get(cities.hub().id()).isResilienceHub()).isTrue();
        assertThat(notices(cities.hub().chair())).contains("hub.notice.designated");
        assertThat(instance).isWaitingAt(ResilienceHubProcess.WAIT_TERM);
    }

    @Test
    void theCoordinatorDeclinesWithAReasonAndTheCityIsTold() {
        assertThatThrownBy(() ->
                        complete(cities.hub().coordinator(), ResilienceHubProcess.TASK_RECOMMEND, "decline", null))
                .hasMessageContaining("comment");
        complete(
                cities.hub().coordinator(),
                ResilienceHubProcess.TASK_RECOMMEND,
                "decline",
                "No financed initiative yet.");
        assertThat(instance).isEnded().hasPassed(ResilienceHubProcess.END_DECLINED);
        assertThat(detail().hub().status()).isEqualTo(HubStatus.DECLINED);
        assertThat(detail().hub().hub()).isFalse();
        assertThat(jurisdictions.get(cities.hub().id()).isResilienceHub()).isFalse();
        assertThat(notices(cities.hub().chair())).contains("hub.notice.declined");
        assertThat(as(cities.hub().chair(), () -> hubs.mayApply(cities.hub().id())))
                .isTrue();
    }

    @Test
    void sentBackTheChairRevisesAndTheCoordinatorDecidesAgain() {
        complete(
                cities.hub().coordinator(),
                ResilienceHubProcess.TASK_RECOMMEND,
                "request-changes",
                "Name the seed financing too.");
        assertThat(instance).isWaitingAt(ResilienceHubProcess.TASK_REVISE);
        assertThat(notices(cities.hub().chair())).contains("hub.notice.changesRequested");
        HubDetail returned = detail();
        assertThat(returned.hub().status()).isEqualTo(HubStatus.CHANGES_REQUESTED);
        assertThat(returned.mayRevise()).isTrue();
        HubCommitments changed = cities.commitments(Set.of(HubTopic.STUDY_TOURS, HubTopic.SEED_FINANCING), "40000");
        assertThatThrownBy(() -> as(cities.hub().member(), () -> hubs.revise(hub, changed, returned.version())))
                .isInstanceOf(ForbiddenException.class);

        as(cities.hub().chair(), () -> hubs.revise(hub, changed, returned.version()));
        assertThat(instance).isWaitingAt(ResilienceHubProcess.TASK_RECOMMEND);
        HubDetail revised = detail();
        assertThat(revised.hub().status()).isEqualTo(HubStatus.APPLIED);
        assertThat(revised.commitments().topics())
                .containsExactlyInAnyOrder(HubTopic.STUDY_TOURS, HubTopic.SEED_FINANCING);
        assertThat(revised.commitments().investmentUsd()).isEqualByComparingTo("40000");
        complete(cities.hub().coordinator(), ResilienceHubProcess.TASK_RECOMMEND, "recommend", null);
        complete("admin", ResilienceHubProcess.TASK_DESIGNATE, "designate", null);
        assertThat(detail().hub().status()).isEqualTo(HubStatus.DESIGNATED);
    }

    @Test
    void anAdminDeclinesARecommendedCity() {
        complete(cities.hub().coordinator(), ResilienceHubProcess.TASK_RECOMMEND, "recommend", null);
        assertThatThrownBy(() ->
                        complete(cities.hub().coordinator(), ResilienceHubProcess.TASK_DESIGNATE, "designate", null))
                .isInstanceOf(AssertionError.class);
        complete("admin", ResilienceHubProcess.TASK_DESIGNATE, "decline", "The region has enough hubs for now.");
        assertThat(instance).isEnded().hasPassed(ResilienceHubProcess.END_DECLINED);
        assertThat(detail().hub().status()).isEqualTo(HubStatus.DECLINED);
        assertThat(jurisdictions.get(cities.hub().id()).isResilienceHub()).isFalse();
        assertThat(notices(cities.hub().chair())).contains("hub.notice.declined");
    }

    @Test
    void theChairIsRemindedBeforeTheTermEndsAndTheDesignationLapsesAtItsEnd() {
        designate();
        LocalDate termEnd = detail().hub().termEnd();
        Job reminder = timer(ResilienceHubProcess.TIMER_REMINDER);
        assertThat(reminder.getDuedate()).isEqualTo(day(termEnd.minusDays(90)));
        fire(reminder);
        assertThat(notices(cities.hub().chair())).contains("hub.notice.expiring");
        assertThat(notices(cities.hub().coordinator())).contains("hub.notice.expiring");
        assertThat(instance).isWaitingAt(ResilienceHubProcess.WAIT_TERM);
        assertThat(detail().hub().hub()).isTrue();

        Job end = timer(ResilienceHubProcess.TIMER_TERM_ENDS);
        assertThat(end.getDuedate()).isEqualTo(day(termEnd));
        fire(end);
        assertThat(instance).isEnded().hasPassed(ResilienceHubProcess.END_LAPSED);
        assertThat(detail().hub().status()).isEqualTo(HubStatus.LAPSED);
        assertThat(jurisdictions.get(cities.hub().id()).isResilienceHub()).isFalse();
        assertThat(notices(cities.hub().chair())).contains("hub.notice.lapsed");
        assertThat(as(cities.supported().chair(), hubs::hubs)).noneMatch(h -> h.id().equals(hub));
    }

    @Test
    void aRenewalAppliedForBeforeTheEndStartsANewTermWhereTheOldOneEnds() {
        designate();
        fire(timer(ResilienceHubProcess.TIMER_REMINDER));
        LocalDate firstEnd = detail().hub().termEnd();
        HubDetail designated = detail();
        assertThat(designated.mayRenew()).isTrue();
        as(cities.hub().chair(), () -> hubs.applyForRenewal(hub, cities.commitments(), designated.version()));
        assertThat(instance).isWaitingAt(ResilienceHubProcess.TASK_RECOMMEND);
        assertThat(detail().hub().renewing()).isTrue();
        assertThat(detail().hub().hub()).isTrue();
        assertThat(jurisdictions.get(cities.hub().id()).isResilienceHub()).isTrue();
        assertThat(notices(cities.hub().coordinator())).contains("hub.notice.renewalApplied");

        complete(cities.hub().coordinator(), ResilienceHubProcess.TASK_RECOMMEND, "recommend", null);
        complete("admin", ResilienceHubProcess.TASK_DESIGNATE, "designate", null);
        HubLine renewed = detail().hub();
        assertThat(renewed.status()).isEqualTo(HubStatus.DESIGNATED);
        assertThat(renewed.renewing()).isFalse();
        assertThat(renewed.termStart()).isEqualTo(firstEnd);
        assertThat(renewed.termEnd()).isEqualTo(firstEnd.plusYears(3));
        assertThat(instance).isWaitingAt(ResilienceHubProcess.WAIT_TERM);
        assertThat(timer(ResilienceHubProcess.TIMER_TERM_ENDS).getDuedate()).isEqualTo(day(firstEnd.plusYears(3)));
    }

    @Test
    void aDeclinedRenewalLeavesTheTermToRunOutAndThenLapses() {
        designate();
        LocalDate termEnd = detail().hub().termEnd();
        as(cities.hub().chair(), () -> hubs.applyForRenewal(hub, cities.commitments(), detail().version()));
        complete(cities.hub().coordinator(), ResilienceHubProcess.TASK_RECOMMEND, "decline", "Not this time.");
        assertThat(instance).isWaitingAt(ResilienceHubProcess.TIMER_TERM_RUNS_OUT);
        assertThat(detail().hub().status()).isEqualTo(HubStatus.DESIGNATED);
        assertThat(jurisdictions.get(cities.hub().id()).isResilienceHub()).isTrue();
        assertThat(notices(cities.hub().chair())).contains("hub.notice.renewalDeclined");

        Job end = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .singleResult();
        assertThat(end.getDuedate()).isEqualTo(day(termEnd));
        fire(end);
        assertThat(instance).isEnded().hasPassed(ResilienceHubProcess.END_LAPSED);
        assertThat(jurisdictions.get(cities.hub().id()).isResilienceHub()).isFalse();
    }

    private void designate() {
        complete(cities.hub().coordinator(), ResilienceHubProcess.TASK_RECOMMEND, "recommend", null);
        complete("admin", ResilienceHubProcess.TASK_DESIGNATE, "designate", null);
        assertThat(instance).isWaitingAt(ResilienceHubProcess.WAIT_TERM);
    }

    private HubDetail detail() {
        return as(cities.hub().chair(), () -> hubs.detail(hub));
    }

    private List<String> notices(String who) {
        return as(who, () -> notifications.mine(false, PageRequest.of(0, 50)).getContent()).stream()
                .map(n -> n.notice().messageKey())
                .toList();
    }

    private void complete(String who, String taskKey, String outcome, String comment) {
        TaskItem task = as(who, inbox::openTasks).stream()
                .filter(t -> t.processInstanceId().equals(instance.getId())
                        && t.taskKey().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError(who + " has no " + taskKey));
        as(who, () -> inbox.complete(task.id(), outcome, comment, Map.of()));
    }

    private Job timer(String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
    }

    private void fire(Job job) {
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 60_000));
        management.executeJob(job.getId());
    }

    private static Date day(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
