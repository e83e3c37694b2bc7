package org.resilienceroadmap.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.Evidence;
import org.resilienceroadmap.action.NewAction;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.security.ApiTokenAccess;
import org.resilienceroadmap.security.ApiTokens;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.strategy.AdoptionRecord;
import org.resilienceroadmap.strategy.DraftEdit;
import org.resilienceroadmap.strategy.ObjectiveDraft;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyAdoptions;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.Submission;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.context.ApplicationContext;

/**
 * One city the whole way its people would go, through the application's services and the engine:
 * joins MCR2030, assesses itself (stage A: scores, consolidation, the coordinator's validation and
 * gate), drafts, reviews, gets approved and adopts its strategy (stage B), then proposes its action
 * plan and works on it (stage C) — each action as {@link ActionFate} puts it. Every step is taken
 * by the account whose step it is, so four-eyes, scope and audit apply as in real use.
 */
final class CityWalk {

    private static final byte[] PDF = "%PDF-1.4\n% scale test document\n".getBytes(StandardCharsets.US_ASCII);
    private static final String[] QUESTIONS = {"P1.1", "P1.2", "P1.3", "P2.1", "P3.1", "P3.2", "P5.2", "P6.1", "P9.2"};
    private static final String[] WORK = {
        "Flood early-warning sirens in %s",
        "School retrofitting programme, %s",
        "Drainage and culvert clearing in %s",
        "DRR budget line and contingency fund of %s",
        "Evacuation routes and shelters mapped for %s",
        "Community first-responder training in %s",
        "Landslide monitoring on the slopes above %s",
        "Hospital emergency power for %s"
    };

    private final JurisdictionDirectory jurisdictions;
    private final AssessmentReads reads;
    private final ApiTokens apiTokens;
    private final RoadmapService roadmap;
    private final AssessmentService assessments;
    private final StrategyService strategies;
    private final StrategyAdoptions adoptions;
    private final ActionService actions;
    private final ActionProgress actionProgress;
    private final TaskInbox inbox;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Clock clock;
    private final ScaleWorld world;
    private final ScaleWorld.Frame frame;
    private final Map<String, LongAdder> nanosByStep = new ConcurrentHashMap<>();

    CityWalk(ApplicationContext context, ScaleWorld world, ScaleWorld.Frame frame) {
        this.jurisdictions = context.getBean(JurisdictionDirectory.class);
        this.roadmap = context.getBean(RoadmapService.class);
        this.assessments = context.getBean(AssessmentService.class);
        this.reads = context.getBean(AssessmentReads.class);
        this.apiTokens = context.getBean(ApiTokens.class);
        this.strategies = context.getBean(StrategyService.class);
        this.adoptions = context.getBean(StrategyAdoptions.class);
        this.actions = context.getBean(ActionService.class);
        this.actionProgress = context.getBean(ActionProgress.class);
        this.inbox = context.getBean(TaskInbox.class);
        this.tasks = context.getBean(TaskService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.clock = context.getBean(Clock.class);
        this.world = world;
        this.frame = frame;
    }

    /** Walks the n-th city (from 1); answers how many actions it proposed, or -1 if the city was there already. */
    int walk(ScaleSettings settings, int n) {
        int country = settings.countryOf(n);
        String code = ScaleNames.city(country, n);
        if (jurisdictions.findByCode(code).isPresent()) {
            return -1;
        }
        AdoptedCity city = toStageC(code, country, n);
        return settings.actionsPerCity() == 0
                ? 0
                : plan(city.strategyId(), code, city.people(), settings.actionsPerCity(), n);
    }

    /** A city with its working group, its assessment validated and its strategy adopted: in stage C. */
    record AdoptedCity(Long id, Long strategyId, People people) {}

    AdoptedCity toStageC(String code, int country, int n) {
        Long city = jurisdictions
                .create(new NewJurisdiction(
                        code,
                        "Scale city " + n,
                        null,
                        JurisdictionLevel.CITY,
                        frame.countryIds().get(country - 1)))
                .getId();
        String chair = ScaleNames.chair(code);
        String member = ScaleNames.member(code);
        world.account(chair, Role.CHAIR, city, null);
        world.account(member, Role.MEMBER, city, null);
        People people = new People(chair, member, ScaleNames.countryCoordinator(country));
        LocalDate today = LocalDate.now(clock);
        as("admin", () -> {
            roadmap.join(city, today.minusYears(3).plusDays(n % 365));
            return null;
        });
        Long strategy = timed("stages A and B", () -> throughStagesAAndB(city, code, people));
        return new AdoptedCity(city, strategy, people);
    }

    /** A city scoring its first assessment, with the members who score it together. */
    record ScoringCity(Long id, Long assessmentId, List<String> members, List<String> tokens, List<String> questions) {}

    /**
     * A city whose working group of {@code members} people (and its chair) has just started scoring
     * its first assessment: the chair started it without assigning Essentials, so everyone may score
     * every question.
     */
    ScoringCity scoring(String code, int country, int members) {
        Long city = jurisdictions
                .create(new NewJurisdiction(
                        code,
                        "Workshop city " + code,
                        null,
                        JurisdictionLevel.CITY,
                        frame.countryIds().get(country - 1)))
                .getId();
        String chair = ScaleNames.chair(code);
        world.account(chair, Role.CHAIR, city, null);
        List<String> people = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        for (int m = 1; m <= members; m++) {
            String member = ScaleNames.member(code) + "-" + m;
            world.account(member, Role.MEMBER, city, null);
            people.add(member);
            // The scoring tool each person uses calls the API with the person's own token.
            secrets.add(as(
                            member,
                            () -> apiTokens.create(
                                    "Workshop",
                                    ApiTokenAccess.READ_WRITE,
                                    LocalDate.now(clock).plusDays(30)))
                    .secret());
        }
        as("admin", () -> {
            roadmap.join(city, LocalDate.now(clock));
            return null;
        });
        Task assign = openTasksOf(city).get(0);
        decide(chair, assign, "start");
        Long assessment =
                Long.valueOf((String) runtime.getVariable(assign.getProcessInstanceId(), ProcessVariables.SUBJECT_ID));
        List<String> questions = as(
                chair,
                () -> reads.questions(assessment).stream()
                        .map(q -> q.question().code())
                        .toList());
        return new ScoringCity(city, assessment, people, secrets, questions);
    }

    /** The n actions {@link #plan} proposes for a city, as its chair would list them. */
    List<NewAction> specs(Long strategyId, String code, People people, int count, int n) {
        List<Long> objectives = as(
                people.chair(),
                () -> strategies.detail(strategyId).strategy().getObjectives().stream()
                        .map(o -> o.getId())
                        .toList());
        LocalDate today = LocalDate.now(clock);
        List<NewAction> specs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ActionFate fate = ActionFate.of(i);
            LocalDate start = fate == ActionFate.OVERDUE
                    ? today.minusMonths(6 + (i + n) % 24)
                    : today.minusMonths(1 + (i + n) % 30);
            LocalDate due =
                    fate == ActionFate.OVERDUE ? today.minusDays(1 + i % 60) : today.plusMonths(2 + (i + n) % 28);
            specs.add(new NewAction(
                    objectives.get(i % objectives.size()),
                    String.format(WORK[i % WORK.length], code) + " (" + (i + 1) + ")",
                    null,
                    i % 2 == 0 ? "City administration of " + code : "Emergency service of " + code,
                    i % 3 == 0 ? people.member() : people.chair(),
                    start,
                    due,
                    new Money(BigDecimal.valueOf(60_000L + 250L * ((i * 37L + n) % 400)), "USD"),
                    i % 2 == 0 ? frame.programmeId() : null,
                    List.of(1 + i % 10),
                    List.of(),
                    List.of(1 + i % 4)));
        }
        return specs;
    }

    record People(String chair, String member, String coordinator) {}

    private Long throughStagesAAndB(Long city, String code, People people) {
        boolean scored = false;
        for (int step = 0; step < 60; step++) {
            List<Task> open = openTasksOf(city);
            if (open.isEmpty()) {
                throw new IllegalStateException(code + " has no open task");
            }
            Task task = open.get(0);
            switch (task.getTaskDefinitionKey()) {
                case "Task_AssignEssentials" -> decide(people.chair(), task, "start");
                case "Task_ScoreEssential" -> {
                    if (!scored) {
                        score(task, people.chair(), code);
                        scored = true;
                    }
                    decide(task.getAssignee() == null ? people.chair() : task.getAssignee(), task, "done");
                }
                case "Task_Consolidate" -> decide(people.chair(), task, "submit");
                case "Task_Validate" -> decide(people.coordinator(), task, "validate");
                // A generated city has no hazards recorded and no action approved before stage C: the checklist's
                // open items are overridden, as a coordinator would with a reason.
                case "Task_StageAGate", "Task_StageBGate" ->
                    as(people.coordinator(), () -> {
                        inbox.complete(
                                task.getId(),
                                "approve",
                                null,
                                Map.of("overrideReason", "Generated city for the benchmark."));
                        return null;
                    });
                case "Task_DraftStrategy" -> draftAndSubmit(city, code, people);
                case "Task_ReviewVersion" -> decide(people.member(), task, "approve");
                case "Task_ConsolidateReview" -> decide(people.chair(), task, "send-for-approval");
                case "Task_ApproveStrategy" -> decide(people.coordinator(), task, "approve");
                case "Task_RecordAdoption" ->
                    as(
                            people.chair(),
                            () -> adoptions.record(
                                    strategyOf(city, people).getId(),
                                    new AdoptionRecord("No. " + code, LocalDate.now(clock), "City council of " + code),
                                    "decision.pdf",
                                    PDF));
                case "Task_StageCWork" -> {
                    return strategyOf(city, people).getId();
                }
                default -> throw new IllegalStateException(code + ": no step for " + task.getTaskDefinitionKey());
            }
        }
        throw new IllegalStateException(code + " did not reach stage C");
    }

    /** The open tasks of the city's roadmap and of the process it calls now. */
    private List<Task> openTasksOf(Long city) {
        ProcessInstance root = runtime.createProcessInstanceQuery()
                .processDefinitionKey("roadmap")
                .processInstanceBusinessKey(String.valueOf(city))
                .singleResult();
        List<String> instances = new ArrayList<>(List.of(root.getId()));
        runtime.createProcessInstanceQuery()
                .superProcessInstanceId(root.getId())
                .list()
                .forEach(called -> instances.add(called.getId()));
        return tasks.createTaskQuery()
                .processInstanceIdIn(instances.toArray(String[]::new))
                .active()
                .orderByTaskCreateTime()
                .asc()
                .list();
    }

    private void score(Task task, String chair, String code) {
        Long assessment =
                Long.valueOf((String) runtime.getVariable(task.getProcessInstanceId(), ProcessVariables.SUBJECT_ID));
        int shift = Math.floorMod(code.hashCode(), 3);
        as(chair, () -> {
            for (int q = 0; q < QUESTIONS.length; q++) {
                assessments.answer(assessment, QUESTIONS[q], (q + shift) % 4, null, null, null);
            }
            return null;
        });
    }

    private void draftAndSubmit(Long city, String code, People people) {
        Strategy strategy = strategyOf(city, people);
        as(people.chair(), () -> {
            Strategy saved = strategies.saveDraft(
                    strategy.getId(),
                    new DraftEdit(
                            "DRR strategy of " + code + " 2025–2030",
                            LocalDate.of(2025, 1, 1),
                            LocalDate.of(2030, 12, 31),
                            "# DRR strategy of " + code
                                    + "\n\n## Coordination\nA city DRR council.\n\n## Floods\nEarly warning.\n",
                            List.of(
                                    new ObjectiveDraft(
                                            null,
                                            "A city DRR council with authority",
                                            List.of(1),
                                            List.of(),
                                            List.of()),
                                    new ObjectiveDraft(
                                            null,
                                            "Early warning for every district",
                                            List.of(2, 9),
                                            List.of(),
                                            List.of()),
                                    new ObjectiveDraft(
                                            null,
                                            "A DRR budget line and contingency fund",
                                            List.of(3),
                                            List.of(),
                                            List.of())),
                            strategy.getVersion()));
            return strategies.submit(
                    strategy.getId(), new Submission(List.of(people.member()), null, saved.getVersion()));
        });
    }

    private Strategy strategyOf(Long city, People people) {
        return as(people.chair(), () -> strategies.ofJurisdiction(city).get(0));
    }

    private void decide(String who, Task task, String outcome) {
        as(who, () -> {
            inbox.complete(task.getId(), outcome, null, Map.of());
            return null;
        });
    }

    /**
     * A coordinator's decision on an action, handed to the engine as the task form would, without the
     * inbox's checks (the process's delegates record it, audit and notify as usual): this is where most
     * of the generator's time goes, and the inbox's cost is what the throughput benchmark measures.
     */
    private void decideInEngine(String coordinator, Task task, String outcome) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(ProcessVariables.OUTCOME, outcome);
        variables.put(ProcessVariables.DECIDED_BY, coordinator);
        variables.put(ProcessVariables.COMMENT, outcome.equals("reject") ? "Not in this year's plan" : null);
        tasks.complete(task.getId(), variables);
    }

    /** Proposes the plan in one go (one transaction, as an imported plan), then takes each action as far as its fate says, a transaction per step. */
    private int plan(Long strategyId, String code, People people, int count, int n) {
        List<NewAction> specs = specs(strategyId, code, people, count, n);
        List<Action> proposed =
                timed("propose the plan", () -> as(people.chair(), () -> actions.proposeAll(strategyId, specs)));
        timed("accept for the working group", () -> {
            Map<Long, Task> reviews = tasks(proposed, ActionProcess.TASK_REVIEW);
            proposed.forEach(a -> decideInEngine(people.chair(), reviews.get(a.getId()), "accept"));
            return null;
        });
        timed("approve or reject", () -> {
            Map<Long, Task> approvals = tasks(proposed, ActionProcess.TASK_APPROVE);
            for (int i = 0; i < proposed.size(); i++) {
                ActionFate fate = ActionFate.of(i);
                if (fate != ActionFate.PROPOSED) {
                    decideInEngine(
                            people.coordinator(),
                            approvals.get(proposed.get(i).getId()),
                            fate.approved() ? "approve" : "reject");
                }
            }
            return null;
        });
        timed("report progress, milestones, claims", () -> {
            for (int i = 0; i < proposed.size(); i++) {
                Action action = proposed.get(i);
                ActionFate fate = ActionFate.of(i);
                int percent = 10 + i % 80;
                if (fate == ActionFate.VERIFIED) {
                    as(
                            action.getOwner(),
                            () -> actionProgress.claimCompletion(
                                    action.getId(), "Done as planned.", List.of(new Evidence("completion.pdf", PDF))));
                } else if (fate == ActionFate.IN_PROGRESS && i % 3 == 0) {
                    as(
                            action.getOwner(),
                            () -> actionProgress.reportProgress(
                                    action.getId(), percent, "Work under way; on schedule.", List.of()));
                }
                if (fate == ActionFate.IN_PROGRESS && i % 4 == 0) {
                    as(
                            action.getOwner(),
                            () -> actions.addMilestone(
                                    action.getId(),
                                    "Half of the work done",
                                    action.getDueDate().minusMonths(1)));
                }
            }
            return null;
        });
        timed("verify", () -> {
            Map<Long, Task> verifications = tasks(proposed, ActionProcess.TASK_VERIFY);
            for (int i = 0; i < proposed.size(); i++) {
                if (ActionFate.of(i) == ActionFate.VERIFIED) {
                    decideInEngine(
                            people.coordinator(),
                            verifications.get(proposed.get(i).getId()),
                            "verify");
                }
            }
            return null;
        });
        return proposed.size();
    }

    /**
     * The chair accepts a proposal for the working group, handed to the engine like the coordinators'
     * decisions. Every budget here is 60,000 USD or more, so the approval table sends each on to the
     * national coordinator.
     */
    void acceptInEngine(String chair, Action action) {
        decideInEngine(chair, task(action, ActionProcess.TASK_REVIEW), "accept");
    }

    /**
     * The open task of this kind of each action, by the action's id: two reads for a plan rather than
     * one a task (looking each up by its business key was a tenth of the generator's time).
     */
    private Map<Long, Task> tasks(List<Action> plan, String taskKey) {
        String[] keys = plan.stream().map(a -> String.valueOf(a.getId())).toArray(String[]::new);
        List<Task> open = tasks.createTaskQuery()
                .processDefinitionKey(ActionProcess.KEY)
                .processInstanceBusinessKeyIn(keys)
                .taskDefinitionKey(taskKey)
                .list();
        Map<String, Long> actionOf = new java.util.HashMap<>();
        if (!open.isEmpty()) {
            runtime.createProcessInstanceQuery()
                    .processInstanceIds(
                            open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                    .list()
                    .forEach(p -> actionOf.put(p.getId(), Long.valueOf(p.getBusinessKey())));
        }
        Map<Long, Task> byAction = new java.util.HashMap<>();
        open.forEach(t -> byAction.put(actionOf.get(t.getProcessInstanceId()), t));
        return byAction;
    }

    private Task task(Action action, String taskKey) {
        return tasks.createTaskQuery()
                .processDefinitionKey(ActionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(action.getId()))
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    /** Thread-seconds each kind of step took so far, over all cities: where a run's time goes. */
    Map<String, Double> secondsByStep() {
        Map<String, Double> seconds = new java.util.TreeMap<>();
        nanosByStep.forEach((step, nanos) -> seconds.put(step, nanos.sum() / 1e9));
        return seconds;
    }

    private <T> T timed(String step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanosByStep.computeIfAbsent(step, k -> new LongAdder()).add(System.nanoTime() - start);
        }
    }

    private static <T> T as(String username, Supplier<T> step) {
        return SignedIn.as(username, step);
    }
}
