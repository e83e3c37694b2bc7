package org.resilienceroadmap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two coordinators acting on the same task at the same instant, on real threads against the
 * running server, round after round: exactly one wins, the other hears a 409 with a reason, and
 * nothing is written twice or half — one decision in the audit log, one next task, the action moved once.
 */
class TaskRaceTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    private final Race race = new Race();
    private TestCity city;
    private Long strategy;
    private String first;
    private String second;

    @BeforeEach
    void cityWithAnAdoptedStrategyAndTwoCoordinators() {
        city = fixtures.newCity();
        strategy = actions.adoptedStrategy(city);
        first = city.coordinator();
        second = fixtures.anotherAccount(city, Role.COORDINATOR);
    }

    @AfterEach
    void stopThreads() {
        race.close();
    }

    @Test
    void oneOfTwoSimultaneousApprovalsWinsAndTheActionIsApprovedOnce() {
        for (int round = 1; round <= Race.ROUNDS; round++) {
            Long action = proposed(round);
            String task = approvalTask(action);
            // Odd rounds: the same coordinator twice (a double click); even rounds: two coordinators.
            String other = round % 2 == 0 ? second : first;
            List<ResponseEntity<JsonNode>> answers =
                    race.atOnce(() -> approve(first, task), () -> approve(other, task));

            assertOneWinnerAndAConflict(answers, 204, "round " + round);
            assertApprovedOnce(action, "round " + round);
        }
        System.out.printf("TaskRaceTests: %d rounds of two simultaneous approvals of one task%n", Race.ROUNDS);
    }

    @Test
    void oneOfTwoSimultaneousClaimsWinsAndTheTaskIsTheWinners() {
        Long action = proposed(0);
        String task = approvalTask(action);
        for (int round = 1; round <= Race.ROUNDS; round++) {
            List<ResponseEntity<JsonNode>> answers = race.atOnce(() -> claim(first, task), () -> claim(second, task));

            assertOneWinnerAndAConflict(answers, 200, "round " + round);
            String winner = answers.get(0).getStatusCode().value() == 200 ? first : second;
            assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee())
                    .as("round " + round)
                    .isEqualTo(winner);
            tasks.setAssignee(task, null);
        }
        assertThat(decisionsRecorded(action)).isZero();
        System.out.printf("TaskRaceTests: %d rounds of two simultaneous claims of one task%n", Race.ROUNDS);
    }

    @Test
    void aClaimAndAnotherCoordinatorsApprovalAtOnceLeaveOneOfThem() {
        int claimsWon = 0;
        Long action = proposed(0);
        for (int round = 1; round <= Race.ROUNDS; round++) {
            String task = approvalTask(action);
            List<ResponseEntity<JsonNode>> answers = race.atOnce(() -> claim(first, task), () -> approve(second, task));

            boolean claimWon = answers.get(0).getStatusCode().value() == 200;
            assertThat(answers.get(claimWon ? 1 : 0).getStatusCode().value())
                    .as("round " + round)
                    .isEqualTo(409);
            assertThat(answers.get(1).getStatusCode().value())
                    .as("round " + round)
                    .isEqualTo(claimWon ? 409 : 204);
            assertConflictExplained(answers.get(claimWon ? 1 : 0), "round " + round);
            if (claimWon) {
                claimsWon++;
                assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee())
                        .isEqualTo(first);
                assertThat(decisionsRecorded(action)).as("round " + round).isZero();
                tasks.setAssignee(task, null);
            } else {
                assertApprovedOnce(action, "round " + round);
                action = proposed(round);
            }
        }
        System.out.printf(
                "TaskRaceTests: %d rounds of a claim against an approval (the claim won %d, the approval %d)%n",
                Race.ROUNDS, claimsWon, Race.ROUNDS - claimsWon);
    }

    private Long proposed(int round) {
        return actions.propose(
                        city,
                        strategy,
                        "Sirens, round " + round,
                        LocalDate.now(Days.ZONE).plusYears(1))
                .getId();
    }

    private String approvalTask(Long action) {
        return tasks.createTaskQuery()
                .processDefinitionKey("action")
                .processInstanceBusinessKey(String.valueOf(action))
                .taskDefinitionKey("Task_ApproveAction")
                .singleResult()
                .getId();
    }

    private ResponseEntity<JsonNode> approve(String who, String task) {
        return api.post(who, "/api/v1/tasks/" + task + "/complete", Map.of("outcome", "approve"));
    }

    private ResponseEntity<JsonNode> claim(String who, String task) {
        return api.post(who, "/api/v1/tasks/" + task + "/claim", Map.of());
    }

    private static void assertOneWinnerAndAConflict(List<ResponseEntity<JsonNode>> answers, int success, String round) {
        assertThat(answers.stream().map(a -> a.getStatusCode().value()).toList())
                .as(round)
                .containsExactlyInAnyOrder(success, 409);
        assertConflictExplained(
                answers.stream()
                        .filter(a -> a.getStatusCode().value() == 409)
                        .findFirst()
                        .orElseThrow(),
                round);
    }

    private static void assertConflictExplained(ResponseEntity<JsonNode> conflict, String round) {
        assertThat(conflict.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(round)
                .isTrue();
        assertThat(conflict.getBody().get("detail").asText()).as(round).isNotBlank();
    }

    /** One decision recorded (by the process's step), the action approved, the approval task done once and exactly one next task. */
    private void assertApprovedOnce(Long action, String round) {
        assertThat(decisionsRecorded(action)).as(round + ": decisions recorded").isEqualTo(1);
        assertThat(auditCount(action, "action:approve"))
                .as(round + ": approvals")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from action where id = ?", String.class, action))
                .as(round)
                .isEqualTo("APPROVED");
        String instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("action")
                .processInstanceBusinessKey(String.valueOf(action))
                .singleResult()
                .getId();
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(instance)
                        .taskDefinitionKey("Task_ApproveAction")
                        .count())
                .as(round)
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).list())
                .as(round)
                .extracting(Task::getTaskDefinitionKey)
                .containsExactly("Task_CarryOut");
    }

    /** Records of a decision on the approval: the process's step or, where it wrote none, the inbox's. */
    private int decisionsRecorded(Long action) {
        return auditCount(action, "action:approve")
                + auditCount(action, "action:reject")
                + auditCount(action, "action:Task_ApproveAction");
    }

    private int auditCount(Long action, String what) {
        return jdbc.queryForObject(
                "select count(*) from audit_record where subject_type = 'ACTION' and subject_id = ? "
                        + "and action = ?",
                Integer.class,
                String.valueOf(action),
                what);
    }
}
