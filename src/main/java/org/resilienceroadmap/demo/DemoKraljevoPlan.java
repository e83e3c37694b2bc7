package org.resilienceroadmap.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.NewAction;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.Finding;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.strategy.AdoptionRecord;
import org.resilienceroadmap.strategy.DraftEdit;
import org.resilienceroadmap.strategy.ObjectiveDraft;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyAdoptions;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.Submission;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.stereotype.Component;

/**
 * Kraljevo's stage B and C as its people would have walked them: the chair drafts the strategy
 * from the findings of its assessment, reviews and submits it, Serbia's coordinator approves it, the
 * City Assembly adopts it; then four actions, approved, with progress and milestones — one of them
 * late, so the overdue escalation shows. Dates are relative to today, so the demo stays current.
 * <p>Over 300 lines: the demo's story in the order it happened; cut by length it would no longer read as one.
 */
@Component
class DemoKraljevoPlan {

    private static final String CHAIR = "chair.kraljevo";
    private static final String COORDINATOR = "coordinator.serbia";
    private static final String MEMBER = "member.kraljevo";
    private static final byte[] DECISION = "%PDF-1.4\n% Demo: decision of the City Assembly of Kraljevo\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final StrategyService strategies;
    private final StrategyAdoptions adoptions;
    private final ActionService actions;
    private final ActionProgress actionProgress;
    private final TaskInbox inbox;
    private final AssessmentReads assessments;
    private final Clock clock;

    DemoKraljevoPlan(
            StrategyService strategies,
            StrategyAdoptions adoptions,
            ActionService actions,
            ActionProgress actionProgress,
            TaskInbox inbox,
            AssessmentReads assessments,
            Clock clock) {
        this.assessments = assessments;
        this.strategies = strategies;
        this.adoptions = adoptions;
        this.actions = actions;
        this.actionProgress = actionProgress;
        this.inbox = inbox;
        this.clock = clock;
    }

    void walk(Long kraljevo) {
        Long strategy =
                as(CHAIR, () -> strategies.ofJurisdiction(kraljevo).get(0).getId());
        Strategy draft = as(
                CHAIR,
                () -> strategies.saveDraft(
                        strategy,
                        new DraftEdit(
                                "Kraljevo disaster risk reduction strategy and action plan 2026–2030",
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2030, 12, 31),
                                TEXT,
                                objectives(findings(kraljevo)),
                                strategiesVersion(strategy))));
        as(CHAIR, () -> strategies.submit(strategy, new Submission(List.of(CHAIR), null, draft.getVersion())));
        decide(CHAIR, kraljevo, "Task_ReviewVersion", "approve");
        decide(CHAIR, kraljevo, "Task_ConsolidateReview", "send-for-approval");
        decide(COORDINATOR, kraljevo, "Task_ApproveStrategy", "approve");
        as(
                CHAIR,
                () -> adoptions.record(
                        strategy,
                        new AdoptionRecord("06-12/2026", LocalDate.now(clock), "City Assembly of Kraljevo"),
                        "decision-06-12-2026.pdf",
                        DECISION));
        // Its actions are proposed once stage C opens, so the gate's "an action approved" is still open.
        decide(
                COORDINATOR,
                kraljevo,
                "Task_StageBGate",
                "approve",
                Map.of("overrideReason", "The actions of the adopted plan are proposed as stage C opens."));
        proposeAndStart(strategy, kraljevo);
    }

    private long strategiesVersion(Long strategy) {
        return as(CHAIR, () -> strategies.detail(strategy).strategy().getVersion());
    }

    private void proposeAndStart(Long strategy, Long kraljevo) {
        List<Long> objectives = as(
                CHAIR,
                () -> strategies.detail(strategy).strategy().getObjectives().stream()
                        .map(o -> o.getId())
                        .toList());
        LocalDate today = LocalDate.now(clock);
        List<Action> proposed = as(
                CHAIR,
                () -> actions.proposeAll(
                        strategy,
                        List.of(
                                action(
                                        objectives.get(0),
                                        "City DRR council: decision, members and secretariat",
                                        "City Administration of Kraljevo",
                                        today.minusMonths(10),
                                        today.minusDays(10),
                                        "1200000",
                                        1,
                                        2),
                                action(
                                        objectives.get(1),
                                        "Flood early-warning sirens in Ratina, Adrani, Mataruška Banja and Žiča",
                                        "Sector for Emergency Management",
                                        today.minusMonths(8),
                                        today.plusMonths(7),
                                        "18500000",
                                        9,
                                        4),
                                action(
                                        objectives.get(1),
                                        "Joint West Morava flood map with Kruševac, Čačak and Vrnjačka Banja",
                                        "Public Utility Company Kraljevo",
                                        today.minusMonths(9),
                                        today.plusMonths(2),
                                        "6400000",
                                        2,
                                        1),
                                action(
                                        objectives.get(2),
                                        "DRR budget line and contingency fund in the next city budget",
                                        "City Council for Finance",
                                        today.minusMonths(6),
                                        today.plusMonths(4),
                                        "0",
                                        3,
                                        3))));
        // The working group accepts the plan; the approval table leaves the small local ones (under
        // 50,000 EUR at the reference rate) with the chair and sends the larger ones to Serbia's coordinator.
        for (Action a : proposed) {
            decideOn(CHAIR, a.getId(), "Task_ReviewAction", "accept");
            if (waitsFor(COORDINATOR, a.getId())) {
                decideOn(COORDINATOR, a.getId(), "Task_ApproveAction", "approve");
            }
        }
        Long drills = as(
                        MEMBER,
                        () -> actions.propose(
                                strategy,
                                new NewAction(
                                        objectives.get(1),
                                        "Evacuation drills in the schools of the Ibar floodplain",
                                        null,
                                        "Sector for Emergency Management",
                                        MEMBER,
                                        today.plusMonths(1),
                                        today.plusMonths(13),
                                        new Money(new BigDecimal("9500000"), "RSD"),
                                        null,
                                        List.of(7, 9),
                                        List.of(),
                                        List.of(4))))
                .getId();
        decideOn(CHAIR, drills, "Task_ReviewAction", "accept");
        as(
                CHAIR,
                () -> actionProgress.reportProgress(
                        proposed.get(0).getId(),
                        80,
                        "Decision adopted by the City Council; the secretariat is being staffed.",
                        List.of()));
        as(
                CHAIR,
                () -> actionProgress.reportProgress(
                        proposed.get(1).getId(),
                        25,
                        "Sirens procured; installation in Ratina has started.",
                        List.of()));
        as(
                CHAIR,
                () -> actionProgress.reportProgress(
                        proposed.get(2).getId(),
                        50,
                        "Hydrological survey done with the Republic Hydrometeorological Service.",
                        List.of()));
        as(
                CHAIR,
                () -> actions.addMilestone(proposed.get(1).getId(), "Sirens installed in Ratina", today.minusDays(30)));
        as(
                CHAIR,
                () -> actions.addMilestone(
                        proposed.get(1).getId(), "All four settlements covered", today.plusMonths(6)));
        as(
                CHAIR,
                () -> actions.addMilestone(
                        proposed.get(2).getId(), "Draft map shared with the three cities", today.plusMonths(1)));
    }

    private static NewAction action(
            Long objective,
            String title,
            String lead,
            LocalDate start,
            LocalDate due,
            String dinars,
            int essential,
            int sendai) {
        return new NewAction(
                objective,
                title,
                null,
                lead,
                CHAIR,
                start,
                due,
                new Money(new BigDecimal(dinars), "RSD"),
                null,
                List.of(essential),
                List.of(),
                List.of(sendai));
    }

    /** The objectives answer the gaps the assessment found: coordination (Essential 1) and financing (3). */
    private static List<ObjectiveDraft> objectives(List<Finding> findings) {
        return List.of(
                new ObjectiveDraft(
                        null,
                        "A city DRR council with authority and a secretariat",
                        List.of(1),
                        List.of(),
                        idsOf(findings, 1)),
                new ObjectiveDraft(
                        null,
                        "Riverine flood early warning for every settlement on the Ibar and West Morava",
                        List.of(2, 9),
                        List.of(),
                        List.of()),
                new ObjectiveDraft(
                        null,
                        "A ring-fenced DRR budget line and contingency fund",
                        List.of(3),
                        List.of(),
                        idsOf(findings, 3)));
    }

    private static List<Long> idsOf(List<Finding> findings, int essential) {
        return findings.stream()
                .filter(f -> f.getEssential() == essential)
                .map(Finding::getId)
                .toList();
    }

    private List<Finding> findings(Long kraljevo) {
        return assessments.validatedFindingsOf(kraljevo);
    }

    private void decide(String who, Long jurisdictionId, String taskKey, String outcome) {
        decide(who, jurisdictionId, taskKey, outcome, Map.of());
    }

    private void decide(String who, Long jurisdictionId, String taskKey, String outcome, Map<String, Object> fields) {
        TaskItem task = as(who, () -> inbox.openTasks()).stream()
                .filter(t ->
                        jurisdictionId.equals(t.jurisdictionId()) && t.taskKey().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(who + " has no " + taskKey));
        as(who, () -> {
            inbox.complete(task.id(), outcome, null, fields);
            return null;
        });
    }

    private boolean waitsFor(String who, Long actionId) {
        return as(who, () -> inbox.openTasks()).stream()
                .anyMatch(t -> String.valueOf(actionId).equals(t.subjectId()));
    }

    private void decideOn(String who, Long actionId, String taskKey, String outcome) {
        TaskItem task = as(who, () -> inbox.openTasks()).stream()
                .filter(t -> String.valueOf(actionId).equals(t.subjectId())
                        && t.taskKey().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(who + " has no " + taskKey));
        as(who, () -> {
            inbox.complete(task.id(), outcome, null, Map.of());
            return null;
        });
    }

    /** Runs a step as the named demo account, as if they were signed in. */
    private static <T> T as(String username, Supplier<T> step) {
        return DemoUser.as(username, step);
    }

    private static final String TEXT = """
            # Kraljevo DRR strategy 2026–2030

            ## Coordination
            A city DRR council chaired by the mayor meets every quarter; each department names a focal point.

            ## Floods of the West Morava and Ibar
            With Kruševac, Čačak and Vrnjačka Banja (agreement on joint multi-hazard measures since 2014):
            joint flood maps, early warning for Ratina, Adrani, Mataruška Banja and Žiča, dyke maintenance.

            ## Financing
            A budget line for risk reduction and a contingency fund.
            """;
}
