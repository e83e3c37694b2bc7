package org.resilienceroadmap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.Race;
import org.resilienceroadmap.support.node.AppNode;
import org.resilienceroadmap.support.node.KraljevoWork;
import org.resilienceroadmap.support.node.NodeApi;
import org.resilienceroadmap.support.node.PostgresDatabase;

/**
 * The same application started twice on one PostgreSQL database forms a cluster with nothing of
 * its own: each approval is sent to both nodes at the same instant and exactly one of them takes
 * it; the timers it creates (an overdue action's due date, a progress-report cycle shortened to
 * seconds) fall due while both job executors run, and each timer job runs exactly once with its
 * effect there exactly once; every task shows the same on both nodes; the work goes on on either.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeClusterTests {

    /** Actions due yesterday (their due-date timer falls due at once) and actions due in a year (only the cycle fires). */
    static final int OVERDUE = 12;

    static final int CYCLED = 12;
    /** The progress-report cycle of the test nodes, and how many report tasks it opens per action. */
    static final String CYCLE = "R2/PT10S";

    static final int REPORTS_PER_CYCLE = 2;

    static final String FULL_HISTORY = "--camunda.bpm.history-level=full";

    private PostgresDatabase database;
    private AppNode a;
    private AppNode b;
    private final Race race = new Race();

    @BeforeAll
    void startTwoNodesOnOneDatabase() {
        database = PostgresDatabase.fresh("cluster");
        // The first start makes the schema and loads the demo; the second node joins the running one. The
        // product keeps history at "audit"; these nodes keep it "full" for the engine's job log, the one
        // record of which node ran each timer and how often (the database is new, so it takes the level).
        a = AppNode.start("node-a", database, "--roadmap.action.progress-cycle=" + CYCLE, FULL_HISTORY);
        b = AppNode.start("node-b", database, "--roadmap.action.progress-cycle=" + CYCLE, FULL_HISTORY);
    }

    @AfterAll
    void stopNodes() {
        race.close();
        for (AppNode node : new AppNode[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void runsEachTimerOnceAndShowsEveryTaskOnBothNodes() throws InterruptedException {
        assertThat(database.pairs("select key_, count(*) from act_re_procdef group by key_")
                        .values())
                .as("the second node deployed nothing again")
                .containsOnly("1");

        KraljevoWork work = new KraljevoWork(a.api());
        long strategy = work.strategy();
        List<Long> overdue = work.importActions(
                strategy, "Overdue action", OVERDUE, LocalDate.now(Days.ZONE).minusDays(1));
        List<Long> cycled = new KraljevoWork(b.api())
                .importActions(
                        strategy,
                        "Cycled action",
                        CYCLED,
                        LocalDate.now(Days.ZONE).plusYears(1));
        List<Long> all = new ArrayList<>(overdue);
        all.addAll(cycled);

        Map<Long, String> approvals = work.tasks(KraljevoWork.COORDINATOR, "Task_ApproveAction", all);
        assertThat(approvals).hasSize(all.size());
        Map<String, Integer> takenBy = new TreeMap<>();
        approvals.forEach(
                (action, task) -> takenBy.merge(approveOnBothAtOnce(task, "action " + action), 1, Integer::sum));
        System.out.printf(
                "Cluster: %d approvals each sent to both nodes at once; taken by %s, the other node answered 409%n",
                approvals.size(), takenBy);

        Map<Long, String> instances = instancesOf(all);
        awaitNoTimerLeft(instances.values(), Duration.ofSeconds(180));
        assertThat(database.pairs("select concat(job_id_, ' ', cast(job_duedate_ as varchar(40))), count(*) "
                        + "from act_hi_job_log where job_state_ = 2 and job_def_type_ like 'timer%' "
                        + "group by job_id_, job_duedate_ having count(*) > 1"))
                .as("timer jobs that ran more than once")
                .isEmpty();
        for (Long action : all) {
            assertTimerEffectsOnce(action, instances.get(action), overdue.contains(action));
        }
        Map<String, String> byNode =
                database.pairs("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 "
                        + "and job_def_type_ like 'timer%' and process_instance_id_ in (" + quoted(instances.values())
                        + ") "
                        + "group by hostname_");
        System.out.printf(
                "Cluster: the %d timer jobs of the %d actions ran exactly once each, by node: %s%n",
                OVERDUE + CYCLED * REPORTS_PER_CYCLE, all.size(), byNode);
        assertThat(byNode.keySet()).as("both job executors took timers").contains("node-a", "node-b");

        for (String user : List.of(KraljevoWork.COORDINATOR, KraljevoWork.CHAIR)) {
            assertThat(taskIds(b, user))
                    .as(user + "'s tasks on node-b and node-a")
                    .isEqualTo(taskIds(a, user));
        }
        Map<Long, String> escalated = work.tasks(KraljevoWork.COORDINATOR, "Task_HandleOverdue", overdue);
        assertThat(escalated).hasSize(OVERDUE);
        assertThat(new KraljevoWork(b.api()).tasks(KraljevoWork.CHAIR, "Task_CarryOut", cycled))
                .hasSize(CYCLED);
        decideOnEitherNode(escalated);
    }

    /** One run of the due-date timer and its effects for an overdue action; two cycle runs, and a report task each, otherwise. */
    @Test
    void aCityAddedOnOneNodeIsInScopeOnTheOtherFromTheNextRequest() {
        String coordinator = KraljevoWork.COORDINATOR;
        long serbia = b.api()
                .get(coordinator, "/api/v1/jurisdictions?level=COUNTRY")
                .json()
                .get("content")
                .get(0)
                .get("id")
                .asLong();
        // node-b has worked out (and keeps) the coordinator's scope; node-a now changes the directory.
        assertThat(b.api().get(coordinator, "/api/v1/jurisdictions/" + serbia).status())
                .isEqualTo(200);
        NodeApi.Answer added = a.api()
                .post(
                        "admin",
                        "/api/v1/admin/jurisdictions",
                        Map.of(
                                "code",
                                "RS-NODE-" + System.nanoTime() % 100000,
                                "name",
                                "Added on node-a",
                                "level",
                                "CITY",
                                "parentId",
                                serbia));
        assertThat(added.status()).isEqualTo(201);
        long city = added.json().get("id").asLong();

        assertThat(b.api().get(coordinator, "/api/v1/jurisdictions/" + city).status())
                .as("node-b sees the directory's new stamp and works the scope out again")
                .isEqualTo(200);
        assertThat(b.api()
                        .get(KraljevoWork.CHAIR, "/api/v1/jurisdictions/" + city)
                        .status())
                .as("a city's chair still does not see a neighbour")
                .isEqualTo(404);
    }

    /**
     * The dashboard a node keeps while no write moves the data's stamp (shared/revision) is worked out
     * again on that node from the first request after a write on the other.
     */
    @Test
    void aDisbursementRecordedOnOneNodeIsOnTheOtherNodesDashboardFromTheNextRequest() {
        String donor = "donor.eu";
        long programme = b.api()
                .get(donor, "/api/v1/programmes")
                .json()
                .get("content")
                .get(0)
                .get("id")
                .asLong();
        String dashboard = "/api/v1/programmes/" + programme + "/dashboard";
        JsonNode before = b.api().get(donor, dashboard).json().get("spending").get("disbursed");
        assertThat(b.api().get(donor, dashboard).json().get("spending").get("disbursed"))
                .as("node-b's second read, kept")
                .isEqualTo(before);

        NodeApi.Answer paid = a.api()
                .post(
                        "admin",
                        "/api/v1/programmes/" + programme + "/disbursements",
                        Map.of(
                                "paidOn",
                                LocalDate.now(Days.ZONE).toString(),
                                "amount",
                                Map.of(
                                        "amount",
                                        "1234.00",
                                        "currency",
                                        before.get("currency").asText()),
                                "reference",
                                "Paid through node-a"));
        assertThat(paid.status()).isEqualTo(201);

        JsonNode after = b.api().get(donor, dashboard).json().get("spending").get("disbursed");
        assertThat(new BigDecimal(after.get("amount").asText()))
                .as("node-b's dashboard right after node-a recorded the payment")
                .isEqualByComparingTo(new BigDecimal(before.get("amount").asText()).add(new BigDecimal("1234.00")));
    }

    private void assertTimerEffectsOnce(Long action, String instance, boolean overdue) {
        String what = "action " + action;
        long dueDateRuns = database.count(
                "select count(*) from act_hi_job_log where job_state_ = 2 "
                        + "and act_id_ = 'Timer_Overdue' and process_instance_id_ = ?",
                instance);
        long cycleRuns = database.count(
                "select count(*) from act_hi_job_log where job_state_ = 2 "
                        + "and act_id_ = 'StartEvent_ProgressDue' and process_instance_id_ = ?",
                instance);
        long escalations = database.count(
                "select count(*) from act_hi_taskinst where task_def_key_ = 'Task_HandleOverdue' "
                        + "and proc_inst_id_ = ?",
                instance);
        long reportTasks = database.count(
                "select count(*) from act_hi_taskinst where task_def_key_ = 'Task_ReportProgress' "
                        + "and proc_inst_id_ = ?",
                instance);
        long overdueRecords = database.count(
                "select count(*) from audit_record where subject_type = 'ACTION' "
                        + "and subject_id = ? and action = 'action:overdue'",
                String.valueOf(action));
        assertThat(reportTasks).as(what + ": a report task per cycle run").isEqualTo(cycleRuns);
        if (overdue) {
            assertThat(List.of(dueDateRuns, escalations, overdueRecords))
                    .as(what + ": due-date timer runs, escalations, " + "overdue records")
                    .containsExactly(1L, 1L, 1L);
        } else {
            assertThat(List.of(dueDateRuns, escalations, cycleRuns))
                    .as(what + ": due-date timer runs, escalations, " + "cycle runs")
                    .containsExactly(0L, 0L, (long) REPORTS_PER_CYCLE);
        }
    }

    /** Half of the overdue actions are cancelled on node-b, half extended on node-a; each node then shows the other's decisions. */
    private void decideOnEitherNode(Map<Long, String> escalated) {
        List<Long> cancelled = new ArrayList<>();
        List<Long> extended = new ArrayList<>();
        for (Map.Entry<Long, String> task : escalated.entrySet()) {
            boolean cancel = cancelled.size() <= extended.size();
            Map<String, Object> decision = new HashMap<>(Map.of(
                    "outcome",
                    cancel ? "cancel" : "extend",
                    "comment",
                    cancel ? "Superseded by the regional system" : "Supplier delayed the sirens"));
            if (!cancel) {
                decision.put(
                        "newDueDate", LocalDate.now(Days.ZONE).plusMonths(3).toString());
            }
            NodeApi.Answer answer = (cancel ? b : a)
                    .api()
                    .post(KraljevoWork.COORDINATOR, "/api/v1/tasks/" + task.getValue() + "/complete", decision);
            assertThat(answer.status()).as(new String(answer.bytes())).isEqualTo(204);
            (cancel ? cancelled : extended).add(task.getKey());
        }
        KraljevoWork onA = new KraljevoWork(a.api());
        cancelled.forEach(action -> assertThat(onA.status(action)).isEqualTo("CANCELLED"));
        assertThat(new KraljevoWork(b.api()).tasks(KraljevoWork.CHAIR, "Task_CarryOut", extended))
                .hasSize(extended.size());
        assertThat(onA.tasks(KraljevoWork.COORDINATOR, "Task_HandleOverdue", escalated.keySet()))
                .isEmpty();
        System.out.printf(
                "Cluster: %d overdue actions cancelled on node-b and %d extended on node-a, seen from the other node%n",
                cancelled.size(), extended.size());
    }

    /** The same approval sent to both nodes at the same instant: one takes it, the other answers 409. Returns the taker. */
    private String approveOnBothAtOnce(String task, String what) {
        String path = "/api/v1/tasks/" + task + "/complete";
        Map<String, Object> approve = Map.of("outcome", "approve");
        List<Integer> answers = race.atOnce(
                () -> a.api().post(KraljevoWork.COORDINATOR, path, approve).status(),
                () -> b.api().post(KraljevoWork.COORDINATOR, path, approve).status());
        assertThat(answers).as(what).containsExactlyInAnyOrder(204, 409);
        return answers.get(0) == 204 ? a.name() : b.name();
    }

    /** Waits until no timer of these processes is left to run: due-date timers that are due, and every cycle timer. */
    private void awaitNoTimerLeft(java.util.Collection<String> instances, Duration patience)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        long left;
        do {
            Thread.sleep(2000);
            left = database.count("select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ "
                    + "where j.process_instance_id_ in (" + quoted(instances)
                    + ") and (d.act_id_ = 'StartEvent_ProgressDue' "
                    + "or (d.act_id_ = 'Timer_Overdue' and j.duedate_ < current_timestamp))");
        } while (left > 0 && Instant.now().isBefore(deadline));
        assertThat(left)
                .as("timers still to run after " + patience.toSeconds() + " s")
                .isZero();
    }

    /** Action id → its process instance id. */
    private Map<Long, String> instancesOf(List<Long> actions) {
        Map<Long, String> instances = new HashMap<>();
        database.pairs(
                        "select business_key_, id_ from act_hi_procinst where proc_def_key_ = 'action' and business_key_ in ("
                                + quoted(actions.stream().map(String::valueOf).toList()) + ")")
                .forEach((key, id) -> instances.put(Long.valueOf(key), id));
        return instances;
    }

    private static Set<String> taskIds(AppNode node, String user) {
        Set<String> ids = new TreeSet<>();
        new KraljevoWork(node.api())
                .taskList(user)
                .forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    /** Ids the database made, as an SQL list. */
    private static String quoted(java.util.Collection<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }
}
