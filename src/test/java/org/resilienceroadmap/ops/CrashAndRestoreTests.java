package org.resilienceroadmap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.node.AppNode;
import org.resilienceroadmap.support.node.ApprovalStream;
import org.resilienceroadmap.support.node.DatabaseSnapshot;
import org.resilienceroadmap.support.node.KraljevoWork;
import org.resilienceroadmap.support.node.NodeApi;
import org.resilienceroadmap.support.node.NodeDatabase;
import org.resilienceroadmap.support.node.OpsScripts;

/**
 * One node's life on one database, as operations live it. First a stream of approvals through the
 * API is cut by SIGKILL; after the restart every approval the node confirmed is there exactly once,
 * nothing confirmed or pending is lost or doubled, and the work goes on. Then, with the node
 * stopped, {@code ops/backup.sh} and {@code ops/restore.sh} copy everything into a fresh database,
 * and a node started on the copy has every process, task and document. The second test uses the
 * database the first one left.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CrashAndRestoreTests {

    /** Approvals in the stream; the kill comes once a third of them are confirmed. */
    static final int APPROVALS = Integer.getInteger("rr.crash.approvals", 60);

    static final byte[] EVIDENCE = "%PDF-1.4\n%siren test report, Ratina\n".getBytes(StandardCharsets.US_ASCII);

    private NodeDatabase database;
    private AppNode node;
    private final List<Long> actions = new ArrayList<>();
    private final List<NodeDatabase> copies = new ArrayList<>();

    /** A fresh, empty database of the kind under test. */
    abstract NodeDatabase freshDatabase(String purpose);

    @BeforeAll
    void startANode() {
        database = freshDatabase("crash");
        node = AppNode.start(getClass().getSimpleName().replace("Tests", "").toLowerCase(), database);
    }

    @AfterAll
    void removeNodesAndDatabases() {
        if (node != null) {
            node.close();
        }
        copies.forEach(NodeDatabase::close);
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void keepsEveryConfirmedApprovalExactlyOnceThroughAKillAndGoesOn() throws Exception {
        running();
        KraljevoWork work = new KraljevoWork(node.api());
        long strategy = work.strategy();
        actions.addAll(work.importActions(
                strategy,
                "Crash-safe action",
                APPROVALS,
                LocalDate.now(Days.ZONE).plusYears(1)));
        Map<Long, String> approvals = work.tasks(KraljevoWork.COORDINATOR, "Task_ApproveAction", actions);
        assertThat(approvals).hasSize(APPROVALS);

        ApprovalStream stream = new ApprovalStream(node.api(), KraljevoWork.COORDINATOR, approvals, 2);
        stream.awaitConfirmed(APPROVALS / 3);
        long pid = node.pid();
        node.kill();
        stream.awaitEnd();
        Set<Long> confirmed = stream.confirmed();
        Set<Long> inFlight = stream.inFlight();
        System.out.printf(
                "%s: %d approvals in the stream, %d confirmed before SIGKILL of pid %d, %d in flight, %d not sent%n",
                database.describe(),
                APPROVALS,
                confirmed.size(),
                pid,
                inFlight.size(),
                APPROVALS - confirmed.size() - inFlight.size());
        assertThat(stream.refused())
                .as("answers other than success before the kill")
                .isEmpty();
        assertThat(confirmed.size()).as("killed in the middle of the stream").isBetween(APPROVALS / 3, APPROVALS - 2);

        node.restart();
        work = new KraljevoWork(node.api());
        Map<Long, String> stillToApprove =
                assertNothingConfirmedLostAndNothingDoubled(work, approvals, confirmed, inFlight);

        NodeApi api = node.api();
        for (Map.Entry<Long, String> task : stillToApprove.entrySet()) {
            assertThat(api.post(
                                    KraljevoWork.COORDINATOR,
                                    "/api/v1/tasks/" + task.getValue() + "/complete",
                                    Map.of("outcome", "approve"))
                            .status())
                    .as("approving action %d after the restart", task.getKey())
                    .isEqualTo(204);
        }
        Long reporting = confirmed.iterator().next();
        NodeApi.Answer report = api.multipart(
                KraljevoWork.CHAIR,
                "/api/v1/actions/" + reporting + "/progress",
                Map.of("percent", "40", "narrative", "Sirens installed in Ratina"),
                "evidence",
                "siren-test.pdf",
                "application/pdf",
                EVIDENCE);
        assertThat(report.status())
                .as(new String(report.bytes(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        assertThat(work.tasks(KraljevoWork.CHAIR, "Task_CarryOut", actions)).hasSize(APPROVALS);
        assertThat(work.tasks(KraljevoWork.COORDINATOR, "Task_ApproveAction", actions))
                .isEmpty();

        assertThat(OpsScripts.backupRefused(database, backupFile()))
                .as("a backup while the node runs")
                .isTrue();
        node.stop();
        actions.forEach(this::assertApprovedExactlyOnceInTheDatabase);
        System.out.printf("%s: all %d approvals recorded exactly once, none lost%n", database.describe(), APPROVALS);
    }

    @Test
    @Order(2)
    void restoresEveryProcessTaskAndDocumentIntoAFreshDatabase() throws Exception {
        if (actions.isEmpty()) {
            approveSomeWithEvidence();
        }
        node.stop();
        DatabaseSnapshot original = DatabaseSnapshot.of(database);
        assertThat(original.processInstances()).isNotEmpty();
        assertThat(original.documents()).isNotEmpty();

        Path backup = backupFile();
        OpsScripts.backup(database, backup);
        NodeDatabase copy = database.sibling("restored");
        copies.add(copy);
        OpsScripts.restore(backup, copy);

        DatabaseSnapshot restored = DatabaseSnapshot.of(copy);
        assertThat(restored.rows()).isEqualTo(original.rows());
        assertThat(restored.processInstances()).isEqualTo(original.processInstances());
        assertThat(restored.openTasks()).isEqualTo(original.openTasks());
        assertThat(restored.jobs()).isEqualTo(original.jobs());
        assertThat(restored.documents()).isEqualTo(original.documents());

        try (AppNode onCopy = AppNode.start(node.name() + "-restored", copy)) {
            KraljevoWork work = new KraljevoWork(onCopy.api());
            NodeApi api = onCopy.api();
            long strategy = work.strategy();
            NodeApi.Answer adoption =
                    api.get(KraljevoWork.CHAIR, "/api/v1/strategies/" + strategy + "/adoption/document");
            assertThat(adoption.status()).isEqualTo(200);
            assertThat(original.documents().values())
                    .anyMatch(d -> d.endsWith(DatabaseSnapshot.sha256(adoption.bytes())));
            int downloaded = 1;
            for (Long action : actions) {
                for (JsonNode report : api.get(KraljevoWork.CHAIR, "/api/v1/actions/" + action)
                        .json()
                        .get("progress")) {
                    for (JsonNode evidence : report.get("evidence")) {
                        String href = evidence.get("href").asText();
                        long file = Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
                        assertThat(api.get(KraljevoWork.CHAIR, href).bytes())
                                .as(href)
                                .isEqualTo(DatabaseSnapshot.document(database, file));
                        downloaded++;
                    }
                }
            }
            Set<String> openTasks = new HashSet<>();
            work.taskList(KraljevoWork.CHAIR)
                    .forEach(t -> openTasks.add(t.get("id").asText()));
            work.taskList(KraljevoWork.COORDINATOR)
                    .forEach(t -> openTasks.add(t.get("id").asText()));
            assertThat(original.openTasks().keySet())
                    .as("the chair's and coordinator's tasks, as before")
                    .containsAll(openTasks);
            for (Long action : actions) {
                assertThat(work.status(action)).isIn("APPROVED", "IN_PROGRESS");
            }
            assertThat(work.tasks(KraljevoWork.CHAIR, "Task_CarryOut", actions)).hasSize(actions.size());

            assertThat(api.post(
                                    KraljevoWork.CHAIR,
                                    "/api/v1/actions/" + actions.get(0) + "/progress",
                                    Map.of("percent", 90, "narrative", "Sirens tested"))
                            .status())
                    .isEqualTo(201);
            NodeApi.Answer goesOn = api.multipart(
                    KraljevoWork.CHAIR,
                    "/api/v1/actions/" + actions.get(0) + "/completion",
                    Map.of("narrative", "All sirens installed and tested"),
                    "evidence",
                    "acceptance.pdf",
                    "application/pdf",
                    EVIDENCE);
            assertThat(goesOn.status())
                    .as(new String(goesOn.bytes(), StandardCharsets.UTF_8))
                    .isEqualTo(201);
            assertThat(work.tasks(KraljevoWork.COORDINATOR, "Task_VerifyAction", List.of(actions.get(0))))
                    .hasSize(1);
            System.out.printf(
                    "%s restored into %s: %d tables, %d process instances, %d open tasks, %d jobs, %d documents "
                            + "identical; %d documents downloaded byte for byte; the restored node goes on%n",
                    database.describe(),
                    copy.describe(),
                    original.rows().size(),
                    original.processInstances().size(),
                    original.openTasks().size(),
                    original.jobs().size(),
                    original.documents().size(),
                    downloaded);
        }
    }

    /** The node of this class, started again if a test before stopped it. */
    private void running() {
        if (!node.isRunning()) {
            node.restart();
        }
    }

    /**
     * The restore's own data when it runs alone or first: approved actions, one of them with a progress
     * report and its evidence (the crash test leaves the same behind when it runs first).
     */
    private void approveSomeWithEvidence() {
        running();
        KraljevoWork work = new KraljevoWork(node.api());
        NodeApi api = node.api();
        List<Long> own = work.importActions(
                work.strategy(), "Restored action", 4, LocalDate.now(Days.ZONE).plusYears(1));
        for (Map.Entry<Long, String> task :
                work.tasks(KraljevoWork.COORDINATOR, "Task_ApproveAction", own).entrySet()) {
            assertThat(api.post(
                                    KraljevoWork.COORDINATOR,
                                    "/api/v1/tasks/" + task.getValue() + "/complete",
                                    Map.of("outcome", "approve"))
                            .status())
                    .as("approving action %d", task.getKey())
                    .isEqualTo(204);
        }
        NodeApi.Answer report = api.multipart(
                KraljevoWork.CHAIR,
                "/api/v1/actions/" + own.get(0) + "/progress",
                Map.of("percent", "40", "narrative", "Sirens installed in Ratina"),
                "evidence",
                "siren-test.pdf",
                "application/pdf",
                EVIDENCE);
        assertThat(report.status())
                .as(new String(report.bytes(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        actions.addAll(own);
    }

    private Path backupFile() throws java.io.IOException {
        return Files.createDirectories(Path.of("target", "cluster-data"))
                .resolve(database.kind() + "-" + System.nanoTime()
                        + (database.kind().equals("h2") ? ".zip" : ".dump"));
    }

    /**
     * After the restart: an approval the node confirmed (or one in flight that made it) moved the action
     * on once — approved, no approval task left, one implementation task; every other action still
     * waits with the very task it had. Returns the approvals still to do (action → task).
     */
    private Map<Long, String> assertNothingConfirmedLostAndNothingDoubled(
            KraljevoWork work, Map<Long, String> approvals, Set<Long> confirmed, Set<Long> inFlight) {
        Map<Long, String> stillToApprove = work.tasks(KraljevoWork.COORDINATOR, "Task_ApproveAction", actions);
        Map<Long, String> carryOut = work.tasks(KraljevoWork.CHAIR, "Task_CarryOut", actions);
        int committedInFlight = 0;
        for (Long action : actions) {
            String status = work.status(action);
            if (confirmed.contains(action) || (inFlight.contains(action) && status.equals("APPROVED"))) {
                assertThat(status).as("action %d, approval confirmed", action).isEqualTo("APPROVED");
                assertThat(stillToApprove).as("action %d", action).doesNotContainKey(action);
                assertThat(carryOut)
                        .as("action %d goes on to implementation", action)
                        .containsKey(action);
                committedInFlight += inFlight.contains(action) ? 1 : 0;
            } else {
                assertThat(status).as("action %d, not approved", action).isEqualTo("PROPOSED");
                assertThat(stillToApprove.get(action))
                        .as("action %d keeps its approval task", action)
                        .isEqualTo(approvals.get(action));
                assertThat(carryOut).as("action %d", action).doesNotContainKey(action);
            }
        }
        System.out.printf(
                "%s: after the restart %d approved (%d of them in flight at the kill), %d still to approve%n",
                database.describe(), carryOut.size(), committedInFlight, stillToApprove.size());
        return stillToApprove;
    }

    /**
     * One approval in the audit log (the process records the decision, so the inbox adds none), one
     * approval task in the history, one implementation task.
     */
    private void assertApprovedExactlyOnceInTheDatabase(Long action) {
        String key = String.valueOf(action);
        assertThat(List.of(
                        database.count(
                                "select count(*) from audit_record where subject_type = 'ACTION' and subject_id = ? "
                                        + "and action = 'action:approve'",
                                key),
                        database.count(
                                "select count(*) from audit_record where subject_type = 'ACTION' and subject_id = ? "
                                        + "and action in ('action:approve', 'action:Task_ApproveAction')",
                                key),
                        database.count(
                                "select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_ "
                                        + "where p.proc_def_key_ = 'action' and p.business_key_ = ? "
                                        + "and t.task_def_key_ = 'Task_ApproveAction'",
                                key),
                        database.count(
                                "select count(*) from act_ru_task t join act_hi_procinst p on p.id_ = t.proc_inst_id_ "
                                        + "where p.proc_def_key_ = 'action' and p.business_key_ = ? "
                                        + "and t.task_def_key_ = 'Task_CarryOut'",
                                key)))
                .as("action %d: approvals, decisions recorded, approval tasks, implementation tasks", action)
                .containsExactly(1L, 1L, 1L, 1L);
    }
}
