package org.resilienceroadmap.strategy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.shared.CommaSeparated;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code strategy-review.bpmn}, called by its delegates and listeners: they move the
 * strategy's state, record each decision on the version, write the audit trail and tell people.
 * The process decides which step comes next; these refuse a step the state does not allow.
 */
@Service
public class StrategyReviewSteps {

    private static final Set<String> REVIEW_OUTCOMES = Set.of("approve", "request-changes");

    private final StrategyAccess access;
    private final StrategyRepository strategies;
    private final StrategyVersionRepository versions;
    private final StrategyReviewRepository reviews;
    private final StrategyNotices notices;
    private final ReviewRounds rounds;
    private final JurisdictionDirectory jurisdictions;
    private final StrategySettings settings;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    StrategyReviewSteps(
            StrategyAccess access,
            StrategyRepository strategies,
            StrategyVersionRepository versions,
            StrategyReviewRepository reviews,
            StrategyNotices notices,
            ReviewRounds rounds,
            JurisdictionDirectory jurisdictions,
            StrategySettings settings,
            MessageSource messages,
            AuditLog audit,
            Clock clock) {
        this.access = access;
        this.strategies = strategies;
        this.versions = versions;
        this.reviews = reviews;
        this.notices = notices;
        this.rounds = rounds;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** What stage B of the roadmap found: the strategy it drives, and whether that one already runs a review of its own. */
    public record RoadmapStrategy(Long strategyId, boolean underWay) {}

    /**
     * Stage B of the roadmap called the review process: it takes the jurisdiction's strategy in
     * progress, or starts one with a default title and period for the working group to draft.
     */
    @Transactional
    public RoadmapStrategy openForRoadmap(Long jurisdictionId, String processInstanceId, String decidedBy) {
        var current = strategies.findByJurisdictionIdOrderByCreatedAtDesc(jurisdictionId).stream()
                .filter(s -> s.getState().isInProgress())
                .findFirst();
        if (current.isPresent()) {
            Long id = current.get().getId();
            return new RoadmapStrategy(id, rounds.hasOtherProcess(id, processInstanceId));
        }
        int year = LocalDate.now(clock).getYear();
        // The title is the working group's own text from now on, which they edit like any title they
        // typed: so it is written once, in their language and with the place as they write it, rather
        // than kept neutral and rendered at each read (notices, the API, PDFs and IATI take it as stored).
        java.util.Locale language = access.workingLanguage(jurisdictionId);
        String name = jurisdictions.get(jurisdictionId).names().in(language);
        String title = messages.getMessage("strategy.defaultTitle", new Object[] {name}, language);
        // Opened by the person whose decision began stage B, so that pages and the API name a person;
        // a chair stands in where no decision is known.
        List<String> chairs = access.chairs(jurisdictionId);
        String openedBy = decidedBy != null ? decidedBy : chairs.isEmpty() ? "roadmap" : chairs.get(0);
        Strategy strategy = strategies.save(Strategy.openedBy(
                jurisdictionId,
                title,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year + settings.defaultPeriodYears() - 1, 12, 31),
                openedBy,
                Instant.now(clock)));
        // No comment: pages show an audit comment as written, and an English "roadmap stage B" would reach
        // every reader; the actor and the action already say that stage B opened it.
        audit.record(new AuditEntry(
                openedBy,
                StrategyService.SUBJECT_TYPE,
                String.valueOf(strategy.getId()),
                "strategy:create",
                null,
                StrategyState.DRAFTING.name(),
                null));
        notices.draftingOpened(strategy, access.chairs(jurisdictionId));
        return new RoadmapStrategy(strategy.getId(), false);
    }

    public List<String> reviewers(String commaSeparated) {
        return CommaSeparated.strings(commaSeparated);
    }

    /** A review task was created: tell its reviewer. */
    @Transactional
    public void reviewAssigned(Long strategyId, int number, String reviewer) {
        notices.reviewAssigned(
                access.get(strategyId),
                number,
                reviewer,
                version(strategyId, number).getReviewDue());
    }

    /** One reviewer's answer, kept with the version (and its comment as a comment on it). */
    @Transactional
    public void recordReview(Long strategyId, int number, String reviewer, String outcome, String comment) {
        if (!REVIEW_OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("Not a review outcome: " + outcome);
        }
        StrategyVersion version = version(strategyId, number);
        if (reviews.existsByVersionIdAndReviewer(version.getId(), reviewer)) {
            throw new org.resilienceroadmap.shared.error.ConflictException(
                    Refusal.of("refusal.review.reviewedAlready", new Refusal.Person(reviewer), String.valueOf(number)));
        }
        reviews.save(new StrategyReview(version.getId(), reviewer, outcome, comment, Instant.now(clock)));
        audit.record(new AuditEntry(
                        reviewer,
                        StrategyService.SUBJECT_TYPE,
                        String.valueOf(strategyId),
                        "strategy:review",
                        null,
                        outcome,
                        comment,
                        "v" + number)
                .in(access.get(strategyId).getJurisdictionId()));
    }

    /** The reviewers of a version who have not answered yet. */
    @Transactional(readOnly = true)
    public List<String> pendingReviewers(Long strategyId, int number) {
        StrategyVersion version = version(strategyId, number);
        List<String> answered = reviews.findByVersionIdInOrderByDecidedAtAsc(List.of(version.getId())).stream()
                .map(StrategyReview::getReviewer)
                .toList();
        return version.getReviewers().stream()
                .filter(r -> !answered.contains(r))
                .toList();
    }

    @Transactional
    public void remindReviewers(Long strategyId, int number) {
        StrategyVersion version = version(strategyId, number);
        notices.reviewDueSoon(
                access.get(strategyId), number, pendingReviewers(strategyId, number), version.getReviewDue());
    }

    /** The review is past due with answers missing: the chair hears of it, with the names. */
    @Transactional
    public void escalateOverdueReview(Long strategyId, int number) {
        Strategy strategy = access.get(strategyId);
        List<String> missing = pendingReviewers(strategyId, number);
        if (!missing.isEmpty()) {
            // The chair reads the reviewers' names; the log keeps their accounts.
            notices.reviewOverdue(
                    strategy,
                    number,
                    access.chairs(strategy.getJurisdictionId()),
                    access.named(missing).stream()
                            .map(SubmissionChoices.Reviewer::name)
                            .toList());
            audit.record(new AuditEntry(
                    "engine",
                    StrategyService.SUBJECT_TYPE,
                    String.valueOf(strategyId),
                    "strategy:review-overdue",
                    null,
                    null,
                    String.join(", ", missing),
                    "v" + number));
        }
    }

    @Transactional
    public void requestChanges(Long strategyId, int number, String chair, String comment) {
        decide(strategyId, number, Strategy::requestChanges, VersionDecision.CHANGES_REQUESTED, chair, comment);
    }

    @Transactional
    public void sendForApproval(Long strategyId, int number, String chair, String comment) {
        Strategy strategy = access.get(strategyId);
        String from = strategy.getState().name();
        strategy.awaitApproval();
        audit.record(new AuditEntry(
                        chair,
                        StrategyService.SUBJECT_TYPE,
                        String.valueOf(strategyId),
                        "strategy:send-for-approval",
                        from,
                        strategy.getState().name(),
                        comment,
                        "v" + number)
                .in(strategy.getJurisdictionId()));
        notices.decided(
                strategy, number, "strategy.notice.sentForApproval", access.coordinators(strategy.getJurisdictionId()));
    }

    @Transactional
    public void returnForChanges(Long strategyId, int number, String coordinator, String comment) {
        decide(strategyId, number, Strategy::returnForChanges, VersionDecision.RETURNED, coordinator, comment);
    }

    @Transactional
    public void approve(Long strategyId, int number, String coordinator, String comment) {
        requireIndependentApprover(strategyId, number, coordinator);
        decide(strategyId, number, Strategy::approve, VersionDecision.APPROVED, coordinator, comment);
    }

    /**
     * Four-eyes: whoever wrote a version or submitted it never approves it. The engine calls this
     * when the approval task is claimed and when it is completed; the approval step calls it again.
     */
    @Transactional(readOnly = true)
    public void requireIndependentApprover(Long strategyId, int number, String username) {
        if (username != null && version(strategyId, number).isAuthoredOrSubmittedBy(username)) {
            throw new ForbiddenException(Refusal.of("refusal.review.fourEyes", String.valueOf(number)));
        }
    }

    /** The adoption was recorded: the strategy is adopted, and a roadmap waiting for it hears so. */
    @Transactional
    public void markAdopted(Long strategyId) {
        Strategy strategy = access.get(strategyId);
        String from = strategy.getState().name();
        strategy.adopt();
        audit.record(new AuditEntry(
                "engine",
                StrategyService.SUBJECT_TYPE,
                String.valueOf(strategyId),
                "strategy:adopted",
                from,
                strategy.getState().name(),
                null,
                "v" + strategy.getVersionCount()));
        List<String> told = new java.util.ArrayList<>(access.workingGroup(strategy.getJurisdictionId()));
        told.addAll(access.coordinators(strategy.getJurisdictionId()));
        notices.adopted(strategy, told);
        rounds.announceAdoption(strategyId);
    }

    /** Moves the strategy, records the decision on the version and in the audit trail, and tells the working group. */
    private void decide(
            Long strategyId,
            int number,
            java.util.function.Consumer<Strategy> transition,
            VersionDecision decision,
            String by,
            String comment) {
        Strategy strategy = access.get(strategyId);
        String from = strategy.getState().name();
        transition.accept(strategy);
        version(strategy.getId(), number).decide(decision, by, Instant.now(clock));
        audit.record(new AuditEntry(
                        by,
                        StrategyService.SUBJECT_TYPE,
                        String.valueOf(strategy.getId()),
                        "strategy:" + decision.code(),
                        from,
                        strategy.getState().name(),
                        comment,
                        "v" + number)
                .in(strategy.getJurisdictionId()));
        notices.decided(
                strategy,
                number,
                "strategy.notice." + decision.code(),
                access.workingGroup(strategy.getJurisdictionId()));
    }

    private StrategyVersion version(Long strategyId, int number) {
        return versions.findByStrategyIdAndNumber(strategyId, number)
                .orElseThrow(() -> new NotFoundException("Version", number));
    }
}
