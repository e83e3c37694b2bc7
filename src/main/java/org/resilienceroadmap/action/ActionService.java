package org.resilienceroadmap.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.files.FileStore;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.strategy.StrategyFacts;
import org.resilienceroadmap.strategy.StrategyService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions of adopted strategies in the caller's scope: the working group proposes them (one by one
 * or as an imported plan, all or nothing), owners report progress and claim completion with
 * evidence; everyone in scope reads the register. {@code processes/action.bpmn} runs each action.
 * <p>Over 300 lines: proposing, editing, planning and milestones share the adopted-strategy and scope checks;
 * progress and completion claims are in {@link ActionProgress}, the process steps in {@link ActionSteps}.
 */
@Service
public class ActionService {

    public static final String SUBJECT_TYPE = "ACTION";

    private final ActionRepository actions;
    private final MilestoneRepository milestones;
    private final ProgressReportRepository reports;
    private final ActionRules rules;
    private final ActionRuns runs;
    private final StrategyService strategies;
    private final FileStore files;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ActionSettings settings;
    private final ActionTally tally;
    private final HazardNameMatch hazardNames;
    private final ActionPlanReviews planReviews;
    private final ActionsByStatus byStatus;
    private final ActionAccess access;
    private final Clock clock;

    ActionService(
            ActionRepository actions,
            MilestoneRepository milestones,
            ProgressReportRepository reports,
            ActionRules rules,
            ActionRuns runs,
            StrategyService strategies,
            FileStore files,
            CurrentUser currentUser,
            AuditLog audit,
            ActionSettings settings,
            ActionTally tally,
            HazardNameMatch hazardNames,
            ActionPlanReviews planReviews,
            ActionAccess access,
            ActionsByStatus byStatus,
            Clock clock) {
        this.actions = actions;
        this.byStatus = byStatus;
        this.planReviews = planReviews;
        this.milestones = milestones;
        this.reports = reports;
        this.rules = rules;
        this.runs = runs;
        this.strategies = strategies;
        this.files = files;
        this.currentUser = currentUser;
        this.audit = audit;
        this.settings = settings;
        this.tally = tally;
        this.hazardNames = hazardNames;
        this.access = access;
        this.clock = clock;
    }

    /** A member proposes an action under an objective of the adopted strategy; a coordinator approves it. */
    @Transactional
    public Action propose(Long strategyId, NewAction spec) {
        return proposeAll(strategyId, List.of(spec)).get(0);
    }

    /** Proposes an action with its milestones in one transaction: a problem with any of them stores nothing. */
    @Transactional
    public Action propose(Long strategyId, NewAction spec, List<PlannedMilestone> steps) {
        steps.forEach(m -> checkMilestone(m, "milestones", "milestones"));
        Action action = propose(strategyId, spec);
        steps.forEach(
                m -> milestones.save(new Milestone(action.getId(), m.title().strip(), m.target())));
        return action;
    }

    /**
     * The working group edits an action while it is proposed (all of it) or returned for work after
     * a completion claim (all but its owner and due date: the running tasks and the overdue timer
     * were set with them; the coordinator moves a due date by extending it). {@code expectedVersion}
     * is the version the editor saw; another edit since then is a conflict.
     */
    @Transactional
    public Action update(Long actionId, NewAction spec, long expectedVersion) {
        UserScope me = currentUser.scope();
        Action action = access.visible(me, actionId);
        if (!strategies.isWorkingGroupOf(me, action.getJurisdictionId())) {
            throw new ForbiddenException(Refusal.of("refusal.action.onlyWorkingGroupEdits"));
        }
        if (action.getVersion() != expectedVersion) {
            throw new ConflictException(Refusal.of("refusal.action.stale"));
        }
        boolean returned = isReturned(action);
        if (action.getStatus() != ActionStatus.PROPOSED && !returned) {
            throw new ConflictException(Refusal.of("refusal.action.notEditable"));
        }
        StrategyFacts strategy = strategies.facts(action.getStrategyId());
        List<ActionRules.Problem> problems = new java.util.ArrayList<>(rules.check(rules.context(strategy), spec));
        if (returned && !action.getOwner().equals(spec.owner())) {
            problems.add(0, new ActionRules.Problem("owner", "The owner of an action under way stays"));
        }
        if (returned && !action.getDueDate().equals(spec.due())) {
            problems.add(
                    0,
                    new ActionRules.Problem(
                            "due", "The due date of an action under way changes only by the coordinator's extension"));
        }
        if (!problems.isEmpty()) {
            throw problems.get(0).refused("");
        }
        String before = action.getTitle();
        action.update(spec);
        actions.flush();
        audit.record(new AuditEntry(
                        me.username(),
                        SUBJECT_TYPE,
                        String.valueOf(actionId),
                        "action:edit",
                        before,
                        action.getTitle(),
                        null)
                .in(action.getJurisdictionId()));
        return action;
    }

    /** Whether the caller may edit the action now: its working group, while it is proposed or returned for work. */
    @Transactional(readOnly = true)
    public boolean mayEdit(Long actionId) {
        UserScope me = currentUser.scope();
        Action action = access.visible(me, actionId);
        return (action.getStatus() == ActionStatus.PROPOSED || isReturned(action))
                && strategies.isWorkingGroupOf(me, action.getJurisdictionId());
    }

    /** Back in progress after a completion claim: the coordinator returned it for work. */
    private boolean isReturned(Action action) {
        return action.getStatus() == ActionStatus.IN_PROGRESS
                && reports.findByActionIdOrderByReportedAtAscIdAsc(action.getId()).stream()
                        .anyMatch(ProgressReport::isCompletionClaim);
    }

    /**
     * Proposes several actions in one transaction, each reviewed by the working group on its own: any
     * action with a problem refuses them all, naming its position (1-based) and field.
     */
    @Transactional
    public List<Action> proposeAll(Long strategyId, List<NewAction> specs) {
        UserScope me = currentUser.scope();
        StrategyFacts strategy = adoptedStrategyOfMyGroup(me, strategyId);
        List<Action> saved = save(me, strategy, specs);
        saved.forEach(a -> runs.start(a, settings.progressCycle()));
        return saved;
    }

    /**
     * Proposes an imported plan in one transaction, all or nothing like {@link #proposeAll}, and opens
     * one review of the whole plan: the working group decides it row by row (or accepts all), and only
     * then does each action go on.
     */
    @Transactional
    public PlanReview proposePlan(Long strategyId, String fileName, List<NewAction> specs) {
        UserScope me = currentUser.scope();
        StrategyFacts strategy = adoptedStrategyOfMyGroup(me, strategyId);
        List<Action> saved = save(me, strategy, specs);
        return planReviews.open(strategy, fileName, saved, me.username());
    }

    private List<Action> save(UserScope me, StrategyFacts strategy, List<NewAction> specs) {
        ActionRules.Context context = rules.context(strategy);
        for (int i = 0; i < specs.size(); i++) {
            List<ActionRules.Problem> problems = rules.check(context, specs.get(i));
            if (!problems.isEmpty()) {
                String where = specs.size() == 1 ? "" : "Action " + (i + 1) + ": ";
                throw problems.get(0).refused(where);
            }
        }
        Instant now = Instant.now(clock);
        List<Action> saved = actions.saveAll(specs.stream()
                .map(spec -> new Action(strategy.id(), strategy.jurisdictionId(), spec, me.username(), now))
                .toList());
        tally.add(
                strategy.jurisdictionId(), saved.stream().map(Action::share).reduce(TallyShare.NONE, TallyShare::plus));
        for (Action a : saved) {
            audit.record(new AuditEntry(
                    me.username(),
                    SUBJECT_TYPE,
                    String.valueOf(a.getId()),
                    "action:propose",
                    null,
                    ActionStatus.PROPOSED.name(),
                    a.getTitle()));
        }
        return saved;
    }

    /** The strategy, if it is adopted and the caller belongs to its working group; what the import checks first too. */
    StrategyFacts adoptedStrategyOfMyGroup(UserScope me, Long strategyId) {
        StrategyFacts strategy = strategies.facts(strategyId);
        if (!strategies.isWorkingGroupOf(me, strategy.jurisdictionId())) {
            throw new ForbiddenException(Refusal.of("refusal.action.onlyWorkingGroupProposes"));
        }
        if (!strategy.isAdopted()) {
            throw new ConflictException(Refusal.of(
                    "refusal.action.strategyNotAdopted",
                    new Refusal.Text("strategy.state." + strategy.state().name())));
        }
        return strategy;
    }

    /** The register in the caller's scope; owner and hazard match part of a name, ignoring case. */
    @Transactional(readOnly = true)
    public Page<Action> find(ActionFilter filter, Pageable page) {
        return actions.findAll(query(filter), page);
    }

    @Transactional(readOnly = true)
    public long count(ActionFilter filter) {
        return actions.count(query(filter));
    }

    /** How many actions the filter finds in each status that has any, in one read. */
    @Transactional(readOnly = true)
    public Map<ActionStatus, Long> countByStatus(ActionFilter filter) {
        return byStatus.count(query(filter));
    }

    private org.springframework.data.jpa.domain.Specification<Action> query(ActionFilter filter) {
        UserScope me = currentUser.scope();
        java.util.Set<String> hazardCodes =
                filter.hazard() == null || filter.hazard().isBlank()
                        ? java.util.Set.of()
                        : hazardNames.codes(filter.hazard(), Languages.of(me.language()));
        return ActionQueries.matching(
                filter, hazardCodes, me.visibleJurisdictionIds(), me.isAdmin(), LocalDate.now(clock));
    }

    /** The caller's own open actions, soonest due first. */
    @Transactional(readOnly = true)
    public List<Action> mine() {
        String me = currentUser.scope().username();
        return find(ActionFilter.none().withOwner(me), Pageable.unpaged()).stream()
                .filter(a -> a.getStatus().isOpen() && me.equals(a.getOwner()))
                .sorted(java.util.Comparator.comparing(Action::getDueDate))
                .toList();
    }

    @Transactional(readOnly = true)
    public ActionDetail detail(Long actionId) {
        Action action = access.visible(currentUser.scope(), actionId);
        List<ProgressReport> history = reports.findByActionIdOrderByReportedAtAscIdAsc(actionId);
        Map<Long, String> names = new HashMap<>();
        history.forEach(r ->
                r.getEvidenceIds().forEach(id -> names.put(id, files.get(id).getName())));
        String objective = strategies
                .facts(action.getStrategyId())
                .objective(action.getObjectiveId())
                .map(StrategyFacts.Objective::title)
                .orElse("");
        return new ActionDetail(
                action, objective, milestones.findByActionIdInOrderByTargetDateAsc(List.of(actionId)), history, names);
    }

    /** The actions of one strategy with their milestones, for its timeline. */
    @Transactional(readOnly = true)
    public Map<Action, List<Milestone>> plan(Long strategyId) {
        strategies.facts(strategyId);
        List<Action> all = actions.findByStrategyIdOrderByStartDateAscIdAsc(strategyId);
        List<Milestone> steps = milestones.findByActionIdInOrderByTargetDateAsc(
                all.stream().map(Action::getId).toList());
        Map<Action, List<Milestone>> plan = new java.util.LinkedHashMap<>();
        all.forEach(a -> plan.put(
                a, steps.stream().filter(m -> m.getActionId().equals(a.getId())).toList()));
        return plan;
    }

    @Transactional
    public Milestone addMilestone(Long actionId, String title, LocalDate target) {
        Action action = access.editable(currentUser.scope(), actionId);
        checkMilestone(new PlannedMilestone(title, target), "title", "target");
        return milestones.save(new Milestone(action.getId(), title.strip(), target));
    }

    private static void checkMilestone(PlannedMilestone m, String titleField, String targetField) {
        if (m.title() == null || m.title().isBlank() || m.title().length() > 300) {
            throw new InvalidRequestException(titleField, Refusal.of("refusal.milestone.title"));
        }
        if (m.target() == null) {
            throw new InvalidRequestException(targetField, Refusal.of("refusal.milestone.target"));
        }
    }

    @Transactional
    public Milestone reachMilestone(Long actionId, Long milestoneId, LocalDate on) {
        access.editable(currentUser.scope(), actionId);
        Milestone m = milestones
                .findById(milestoneId)
                .filter(x -> x.getActionId().equals(actionId))
                .orElseThrow(() -> new NotFoundException("Milestone", milestoneId));
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("actualDate", Refusal.of("refusal.milestone.reached"));
        }
        m.reached(on);
        return m;
    }
}
