package org.resilienceroadmap.security;

import static org.resilienceroadmap.security.AuthorizationMatrix.Subject.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.Evidence;
import org.resilienceroadmap.action.NewAction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.notification.Notice;
import org.resilienceroadmap.notification.Notifier;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.security.AuthorizationMatrix.Subject;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the demo's objects the matrix calls on, and makes what the demo lacks: a city in Kazakhstan
 * (a sibling country's city, inside Central Asia and the EU programme) with an open assessment, an
 * adopted strategy, an approved action with a milestone and evidence, a large action the nation has
 * approved waiting for the region's coordinator, and an imported plan waiting for its working group's
 * review. Each subject is the path variables a call about it uses.
 */
final class MatrixSubjects {

    static final String NEVER = "999999999";

    private final Map<Subject, Map<String, String>> variables = new EnumMap<>(Subject.class);
    private final Map<Subject, String> candidates = new EnumMap<>(Subject.class);
    private final Map<Subject, String> assignees = new EnumMap<>(Subject.class);

    record Beans(
            JdbcTemplate jdbc,
            JurisdictionDirectory jurisdictions,
            ProgrammeDirectory programmes,
            Fixtures fixtures,
            StrategyDriver strategies,
            ActionService actions,
            ActionProgress progress,
            TaskInbox inbox,
            RoadmapService roadmap,
            Notifier notifier,
            TaskService tasks) {}

    MatrixSubjects(Beans beans) {
        JdbcTemplate jdbc = beans.jdbc();
        Long dushanbe = jurisdiction(beans, "TJ-DYU");
        Long kraljevo = jurisdiction(beans, "RS-KRA");
        put(NONE, Map.of());
        put(DUSHANBE, jurisdictionVars(String.valueOf(dushanbe)));
        put(TAJIKISTAN, jurisdictionVars(String.valueOf(jurisdiction(beans, "TJ"))));
        put(ALMATY, jurisdictionVars(String.valueOf(jurisdiction(beans, "KZ-ALA"))));
        put(KRALJEVO, jurisdictionVars(String.valueOf(kraljevo)));
        // Pirot entered at stage B in the demo; its entry waits for Serbia's coordinator.
        put(PIROT, jurisdictionVars(String.valueOf(jurisdiction(beans, "RS-PIR"))));
        put(NO_JURISDICTION, jurisdictionVars(NEVER));
        // The shipped version of the approval table is the first; no version has this number.
        put(APPROVAL_TABLE, Map.of("version", "1"));
        put(NO_APPROVAL_TABLE, Map.of("version", NEVER));

        Kazakh kazakh = kazakhCity(beans);

        // Answers probe the assessments with a score: neither may be open for scoring, or the probe would store it.
        requireState(jdbc, newest(jdbc, "assessment", dushanbe), "DRAFT");
        requireState(jdbc, newest(jdbc, "assessment", kraljevo), "VALIDATED");
        put(DUSHANBE_ASSESSMENT, assessment(newest(jdbc, "assessment", dushanbe)));
        put(
                KAZAKH_ASSESSMENT,
                assessment(newest(jdbc, "assessment", kazakh.city().id())));
        put(KRALJEVO_ASSESSMENT, assessment(newest(jdbc, "assessment", kraljevo)));
        put(NO_ASSESSMENT, assessment(NEVER));

        put(KAZAKH_STRATEGY, strategy(String.valueOf(kazakh.strategy())));
        put(KRALJEVO_STRATEGY, strategy(newest(jdbc, "strategy", kraljevo)));
        put(NO_STRATEGY, strategy(NEVER));

        put(
                KAZAKH_ACTION,
                Map.of(
                        "id",
                        String.valueOf(kazakh.action()),
                        "milestoneId",
                        kazakh.milestone(),
                        "fileId",
                        kazakh.evidence()));
        Map<String, Object> kraljevoMilestone = jdbc.queryForMap(
                "select a.id as action, m.id as milestone from action a "
                        + "join action_milestone m on m.action_id = a.id where a.jurisdiction_id = ? order by a.id, m.id "
                        + "fetch first row only",
                kraljevo);
        put(
                KRALJEVO_ACTION,
                Map.of(
                        "id",
                        String.valueOf(kraljevoMilestone.get("action")),
                        "milestoneId",
                        String.valueOf(kraljevoMilestone.get("milestone")),
                        "fileId",
                        kazakh.evidence()));
        put(NO_ACTION, Map.of("id", NEVER, "milestoneId", NEVER, "fileId", NEVER));
        put(
                KAZAKH_PLAN_REVIEW,
                Map.of("id", String.valueOf(kazakh.planReview()), "actionId", String.valueOf(kazakh.planRow())));
        put(NO_PLAN_REVIEW, Map.of("id", NEVER, "actionId", NEVER));

        task(
                DUSHANBE_TASK,
                beans,
                "chair.dushanbe",
                t -> dushanbe.equals(t.jurisdictionId()) && t.taskKey().equals("Task_AssignEssentials"));
        task(
                KAZAKH_TASK,
                beans,
                "coordinator.centralasia",
                t -> kazakh.city().id().equals(t.jurisdictionId())
                        && t.taskKey().equals("Task_ApproveAction"));
        task(KRALJEVO_TASK, beans, "chair.kraljevo", t -> kraljevo.equals(t.jurisdictionId()));
        task(PROGRAMME_TASK, beans, "donor.eu", t -> true);
        put(NO_TASK, Map.of("id", "no-such-task", "taskId", "no-such-task"));

        Long eu = beans.programmes().findByCode("EU-CA-SENDAI").orElseThrow().getId();
        put(EU_PROGRAMME, programme(String.valueOf(eu)));
        put(
                DIPECHO_PROGRAMME,
                programme(String.valueOf(beans.programmes()
                        .findByCode("ECHO-DIPECHO-CA")
                        .orElseThrow()
                        .getId())));
        put(NO_PROGRAMME, programme(NEVER));
        Long report = jdbc.queryForObject("select max(id) from donor_report where programme_id = ?", Long.class, eu);
        put(EU_REPORT, Map.of("id", String.valueOf(report)));
        put(NO_REPORT, Map.of("id", NEVER));
        put(
                EU_SUBMISSION,
                Map.of(
                        "submissionId",
                        String.valueOf(jdbc.queryForObject(
                                "select max(id) from donor_report_submission where report_id = ?",
                                Long.class,
                                report))));
        put(NO_SUBMISSION, Map.of("submissionId", NEVER));

        String route = "jurisdictions/" + dushanbe + "?matrix=" + System.nanoTime();
        beans.notifier()
                .notify(List.of("chair.dushanbe"), new Notice("jurisdiction.joined", List.of("Dushanbe"), route));
        put(
                CHAIRS_NOTICE,
                Map.of(
                        "id",
                        String.valueOf(jdbc.queryForObject(
                                "select id from notification where recipient = 'chair.dushanbe' and route = ?",
                                Long.class,
                                route))));
        put(NO_NOTICE, Map.of("id", NEVER));
        put(
                KRALJEVO_HUB,
                Map.of(
                        "id",
                        String.valueOf(jdbc.queryForObject(
                                "select id from hub_designation where jurisdiction_id = ?", Long.class, kraljevo))));
        put(NO_HUB, Map.of("id", NEVER));
        put(NO_API_TOKEN, Map.of("id", NEVER));
        put(NO_ENGINE_JOB, Map.of("jobId", NEVER));
        put(PRELIMINARY_TEMPLATE, Map.of("id", "preliminary"));
        put(NO_TEMPLATE, Map.of("id", "no-such-template"));
    }

    /** The path variables of a call about this subject. */
    Map<String, String> variables(Subject subject) {
        return variables.get(subject);
    }

    /** Who the task of this subject waits for (the one who may claim it). */
    String candidate(Subject task) {
        return candidates.get(task);
    }

    /** Who held the task of this subject before the matrix ran (null: nobody). */
    String assignee(Subject task) {
        return assignees.get(task);
    }

    private record Kazakh(
            TestCity city,
            Long strategy,
            Long action,
            String milestone,
            String evidence,
            Long planReview,
            Long planRow) {}

    private static Kazakh kazakhCity(Beans beans) {
        TestCity city = beans.fixtures().newCity("KZ");
        SignedIn.as("admin", () -> {
            beans.roadmap().join(city.id(), LocalDate.of(2024, 3, 1));
            return null;
        });
        Long strategy = beans.strategies().adopt(city.id(), city.chair(), city.member(), city.coordinator());
        Long objective = beans.jdbc()
                .queryForObject("select min(id) from strategy_objective where strategy_id = ?", Long.class, strategy);
        LocalDate today = LocalDate.now(Days.ZONE);
        Action approved = SignedIn.as(
                city.member(),
                () -> beans.actions()
                        .propose(
                                strategy,
                                spec(
                                        objective,
                                        city.member(),
                                        "Sirens in every district",
                                        today.plusMonths(6),
                                        "25000")));
        // Small and local: the chair's acceptance approves it (the approval table's last rule).
        complete(beans, city.chair(), approved.getId(), "Task_ReviewAction", "accept");
        Long milestone = SignedIn.as(
                city.member(),
                () -> beans.actions()
                        .addMilestone(approved.getId(), "Sirens bought", today.plusMonths(2))
                        .getId());
        SignedIn.as(
                city.member(),
                () -> beans.progress()
                        .reportProgress(
                                approved.getId(),
                                20,
                                "Tender published",
                                List.of(new Evidence("tender.pdf", "%PDF-1.4\n%tender\n".getBytes()))));
        String evidence = beans.jdbc()
                .queryForObject(
                        "select evidence from action_progress where action_id = ?", String.class, approved.getId())
                .split(",")[0];
        // Large: accepted, approved nationally, and waiting for the region's coordinator.
        Action large = SignedIn.as(
                city.member(),
                () -> beans.actions()
                        .propose(
                                strategy,
                                spec(
                                        objective,
                                        city.member(),
                                        "Drills in every school",
                                        today.plusMonths(9),
                                        "600000")));
        complete(beans, city.chair(), large.getId(), "Task_ReviewAction", "accept");
        complete(beans, city.coordinator(), large.getId(), "Task_ApproveAction", "approve");
        Long review = SignedIn.as(
                        city.member(),
                        () -> beans.actions()
                                .proposePlan(
                                        strategy,
                                        "kazakh-plan.csv",
                                        List.of(spec(
                                                objective, city.member(), "Flood maps", today.plusMonths(8), "8000"))))
                .getId();
        Long row =
                beans.jdbc().queryForObject("select min(id) from action where plan_review_id = ?", Long.class, review);
        return new Kazakh(city, strategy, approved.getId(), String.valueOf(milestone), evidence, review, row);
    }

    private static void complete(Beans beans, String who, Long actionId, String taskKey, String outcome) {
        TaskItem task = SignedIn.as(who, beans.inbox()::openTasks).stream()
                .filter(t -> t.taskKey().equals(taskKey) && t.subjectId().equals(String.valueOf(actionId)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(who + " has no " + taskKey));
        SignedIn.as(who, () -> {
            beans.inbox().complete(task.id(), outcome, null, Map.of());
            return null;
        });
    }

    private static NewAction spec(Long objective, String owner, String title, LocalDate due, String eur) {
        return new NewAction(
                objective,
                title,
                "Install and test",
                "Emergency committee",
                owner,
                due.minusMonths(6),
                due,
                new Money(new BigDecimal(eur), "EUR"),
                null,
                List.of(2),
                List.of(),
                List.of(4));
    }

    private void task(Subject subject, Beans beans, String candidate, java.util.function.Predicate<TaskItem> which) {
        // An unassigned task if there is one: the hooks of the matrix put back whoever held it (nobody).
        TaskItem task = SignedIn.as(candidate, beans.inbox()::openTasks).stream()
                .filter(which)
                .sorted(java.util.Comparator.comparing(t -> t.assignee() != null))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(candidate + " has no task for " + subject));
        if (task.assignee() != null && !task.assignee().equals(candidate)) {
            throw new IllegalStateException(
                    "The matrix expects " + subject + " free or " + candidate + "'s; " + task.assignee() + " has it");
        }
        assignees.put(subject, task.assignee());
        put(subject, Map.of("id", task.id(), "taskId", task.id()));
        candidates.put(subject, candidate);
    }

    private static Long jurisdiction(Beans beans, String code) {
        return beans.jurisdictions().findByCode(code).orElseThrow().getId();
    }

    private static String newest(JdbcTemplate jdbc, String table, Long jurisdiction) {
        return String.valueOf(jdbc.queryForObject(
                "select max(id) from " + table + " where jurisdiction_id = ?", Long.class, jurisdiction));
    }

    private static void requireState(JdbcTemplate jdbc, String assessment, String state) {
        String actual = jdbc.queryForObject(
                "select state from assessment where id = ?", String.class, Long.valueOf(assessment));
        if (!state.equals(actual)) {
            throw new IllegalStateException(
                    "The matrix expects assessment " + assessment + " " + state + ", not " + actual);
        }
    }

    private static Map<String, String> assessment(String id) {
        return Map.of("id", id, "questionCode", "P1.1", "findingId", NEVER, "fileId", NEVER);
    }

    private static Map<String, String> strategy(String id) {
        return Map.of("id", id, "number", "1");
    }

    private static Map<String, String> programme(String id) {
        return Map.of(
                "id",
                id,
                "code",
                "I2.3",
                "resultCode",
                "OC1",
                "kind",
                "programme",
                "scopeId",
                id,
                "gate",
                "a-b",
                "commitmentId",
                NEVER,
                "allocationId",
                NEVER);
    }

    /** A jurisdiction; its stage gate A to B, an item no checklist has, no tick; as a country whose checklists one configures. */
    private static Map<String, String> jurisdictionVars(String id) {
        return Map.of("id", id, "gate", "a-b", "item", "manual-1", "tickId", NEVER, "kind", "country", "scopeId", id);
    }

    /** Every subject also names a pinned comment that exists nowhere ({@code pinId}): who may answer is decided first. */
    private void put(Subject subject, Map<String, String> vars) {
        Map<String, String> all = new java.util.HashMap<>(vars);
        all.putIfAbsent("pinId", NEVER);
        variables.put(subject, Map.copyOf(all));
    }
}
