package org.resilienceroadmap.action;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.CandidateGroups;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.strategy.StrategyFacts;
import org.resilienceroadmap.strategy.StrategyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working group's review of proposed actions: who reviews a strategy's proposals (its chairs,
 * and the members a chair names), and an imported plan reviewed as one, a decision per row, saved as
 * each is made. The review task completes in the inbox once every row is decided
 * ({@code processes/action-plan-review.bpmn}); each row's action then goes on with its decision.
 */
@Service
public class ActionPlanReviews {

    public static final String SUBJECT_TYPE = "ACTION_PLAN";

    private final PlanReviewRepository reviews;
    private final ActionRepository actions;
    private final ActionPlanReviewerRepository reviewers;
    private final ActionRuns runs;
    private final ActionSettings settings;
    private final StrategyService strategies;
    private final PeopleDirectory people;
    private final CandidateGroups groups;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ActionPlanReviews(
            PlanReviewRepository reviews,
            ActionRepository actions,
            ActionPlanReviewerRepository reviewers,
            ActionRuns runs,
            ActionSettings settings,
            StrategyService strategies,
            PeopleDirectory people,
            CandidateGroups groups,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.reviews = reviews;
        this.actions = actions;
        this.reviewers = reviewers;
        this.runs = runs;
        this.settings = settings;
        this.strategies = strategies;
        this.people = people;
        this.groups = groups;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The members named to review the strategy's proposed actions, besides its chairs. */
    @Transactional(readOnly = true)
    public List<String> reviewers(Long strategyId) {
        strategies.facts(strategyId);
        return reviewers.usernames(strategyId);
    }

    /** The same, for the engine: no caller, no scope. */
    @Transactional(readOnly = true)
    public List<String> reviewersOfStrategy(Long strategyId) {
        return reviewers.usernames(strategyId);
    }

    /** Whether the caller may name the reviewers: a chair of the strategy's jurisdiction. */
    @Transactional(readOnly = true)
    public boolean mayNameReviewers(Long strategyId) {
        StrategyFacts strategy = strategies.facts(strategyId);
        return isChair(currentUser.scope(), strategy.jurisdictionId());
    }

    /** The chair names the members who review proposed actions; only members of the working group can be named. */
    @Transactional
    public List<String> nameReviewers(Long strategyId, List<String> usernames) {
        UserScope me = currentUser.scope();
        StrategyFacts strategy = strategies.facts(strategyId);
        if (!isChair(me, strategy.jurisdictionId())) {
            throw new ForbiddenException(Refusal.of("refusal.planReview.onlyChairNames"));
        }
        List<String> group = people.usernames(List.of(strategy.jurisdictionId()), Set.of(Role.MEMBER, Role.CHAIR));
        List<String> named = usernames == null
                ? List.of()
                : usernames.stream().map(String::strip).distinct().toList();
        for (String name : named) {
            if (!group.contains(name)) {
                throw new InvalidRequestException(
                        "usernames", Refusal.of("refusal.planReview.notInGroup", new Refusal.Person(name)));
            }
        }
        String before = String.join(",", reviewers.usernames(strategyId));
        reviewers.replace(strategyId, named);
        audit.record(new AuditEntry(
                        me.username(),
                        StrategyService.SUBJECT_TYPE,
                        String.valueOf(strategyId),
                        "action:reviewers",
                        before,
                        String.join(",", named),
                        null)
                .in(strategy.jurisdictionId()));
        return reviewers.usernames(strategyId);
    }

    /** The plan's actions, saved as proposed, and its one review; no action process runs before the review decides. */
    @Transactional
    PlanReview open(StrategyFacts strategy, String fileName, List<Action> rows, String by) {
        PlanReview review = reviews.save(new PlanReview(
                strategy.id(),
                strategy.jurisdictionId(),
                fileName == null || fileName.isBlank() ? "—" : fileName.strip(),
                by,
                Instant.now(clock)));
        rows.forEach(a -> a.partOf(review.getId()));
        runs.startPlanReview(review);
        return review;
    }

    @Transactional(readOnly = true)
    public PlanReviewDetail detail(Long reviewId) {
        PlanReview review = visible(currentUser.scope(), reviewId);
        return new PlanReviewDetail(review, actions.findByPlanReviewIdOrderByIdAsc(reviewId));
    }

    /** Whether the caller may decide the plan's rows: a chair, or a member named to review, while it is open. */
    @Transactional(readOnly = true)
    public boolean mayDecide(Long reviewId) {
        UserScope me = currentUser.scope();
        PlanReview review = visible(me, reviewId);
        return !review.isDecided() && isReviewer(me, review);
    }

    /** One row's decision, saved as it is made; asking for changes or declining needs the reason. */
    @Transactional
    public Action decide(Long reviewId, Long actionId, PlanDecision decision, String comment) {
        decidable(reviewId);
        Action row = actions.findById(actionId)
                .filter(a -> reviewId.equals(a.getPlanReviewId()))
                .orElseThrow(() -> new NotFoundException("Action", actionId));
        if (decision == null) {
            throw new InvalidRequestException("decision", Refusal.of("refusal.planReview.decision"));
        }
        if (decision != PlanDecision.ACCEPT && (comment == null || comment.isBlank())) {
            throw new InvalidRequestException(
                    "comment",
                    Refusal.of(
                            "refusal.planReview.reasonNeeded",
                            new Refusal.Text("planReview.decision." + decision.name())));
        }
        if (comment != null && comment.length() > 4000) {
            throw new InvalidRequestException("comment", Refusal.counted("refusal.task.commentTooLong", 4000));
        }
        row.decideInPlan(decision, comment);
        return row;
    }

    /** Accepts every row not decided yet; returns how many. */
    @Transactional
    public int acceptRemaining(Long reviewId) {
        decidable(reviewId);
        List<Action> open = actions.findByPlanReviewIdOrderByIdAsc(reviewId).stream()
                .filter(a -> a.getPlanDecision() == null)
                .toList();
        open.forEach(a -> a.decideInPlan(PlanDecision.ACCEPT, null));
        return open.size();
    }

    /** The engine asks when the review task completes: every row must have its decision. */
    @Transactional(readOnly = true)
    public void checkAllDecided(Long reviewId) {
        long undecided = actions.findByPlanReviewIdOrderByIdAsc(reviewId).stream()
                .filter(a -> a.getPlanDecision() == null)
                .count();
        if (undecided > 0) {
            throw new ConflictException(Refusal.counted("refusal.planReview.undecided", undecided));
        }
    }

    /** The review is decided: each row's action starts its own process with its decision. */
    @Transactional
    public void startDecided(Long reviewId, String by) {
        PlanReview review = reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("PlanReview", reviewId));
        review.decided(by, Instant.now(clock));
        List<Action> rows = actions.findByPlanReviewIdOrderByIdAsc(reviewId);
        for (Action row : rows) {
            runs.startReviewed(row, settings.progressCycle(), by);
        }
        audit.record(new AuditEntry(
                        by,
                        SUBJECT_TYPE,
                        String.valueOf(reviewId),
                        "action-plan:review",
                        null,
                        rows.stream()
                                .map(a -> a.getPlanDecision().name())
                                .distinct()
                                .sorted()
                                .reduce((a, b) -> a + "," + b)
                                .orElse(""),
                        review.getFileName())
                .in(review.getJurisdictionId()));
    }

    /** The review, for the engine's expressions: no caller, no scope. */
    @Transactional(readOnly = true)
    public java.util.Optional<PlanReview> find(Long reviewId) {
        return reviews.findById(reviewId);
    }

    private PlanReview decidable(Long reviewId) {
        UserScope me = currentUser.scope();
        PlanReview review = visible(me, reviewId);
        if (!isReviewer(me, review)) {
            throw new ForbiddenException(Refusal.of("refusal.planReview.onlyReviewers"));
        }
        if (review.isDecided()) {
            throw new ConflictException(Refusal.of("refusal.planReview.decidedAlready"));
        }
        return review;
    }

    private PlanReview visible(UserScope me, Long reviewId) {
        PlanReview review = reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("PlanReview", reviewId));
        if (!me.isAdmin() && !me.sees(review.getJurisdictionId())) {
            throw new NotFoundException("PlanReview", reviewId);
        }
        return review;
    }

    private boolean isReviewer(UserScope me, PlanReview review) {
        return isChair(me, review.getJurisdictionId())
                || reviewers.usernames(review.getStrategyId()).contains(me.username());
    }

    private boolean isChair(UserScope me, Long jurisdictionId) {
        return me.groups().contains(groups.chairsOf(jurisdictionId));
    }
}
