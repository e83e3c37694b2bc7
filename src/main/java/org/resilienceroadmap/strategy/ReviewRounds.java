package org.resilienceroadmap.strategy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.strategy.process.StrategyReviewProcess;
import org.resilienceroadmap.workflow.ProcessRuns;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Hands a submitted version to the strategy-review process: the waiting drafting task of the
 * strategy's process is completed (a revision, or the roadmap's stage B), or a new process starts.
 */
@Component
class ReviewRounds {

    private static final int MAX_REVIEWERS = 60;
    private static final Duration LONGEST_REVIEW = Duration.ofDays(366);

    private final ProcessRuns runs;
    private final StrategyAccess access;
    private final StrategySettings settings;
    private final Clock clock;

    ReviewRounds(ProcessRuns runs, StrategyAccess access, StrategySettings settings, Clock clock) {
        this.runs = runs;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    List<String> checkReviewers(Long jurisdictionId, List<String> reviewers) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(reviewers));
        if (distinct.isEmpty()) {
            throw new InvalidRequestException("reviewers", Refusal.of("refusal.review.pickReviewer"));
        }
        if (distinct.size() > MAX_REVIEWERS) {
            throw new InvalidRequestException(
                    "reviewers", Refusal.counted("refusal.review.tooManyReviewers", MAX_REVIEWERS));
        }
        List<String> group = access.workingGroup(jurisdictionId);
        distinct.stream().filter(r -> !group.contains(r)).findFirst().ifPresent(r -> {
            throw new InvalidRequestException(
                    "reviewers", Refusal.of("refusal.review.notInWorkingGroup", new Refusal.Person(r)));
        });
        return distinct;
    }

    /**
     * The review's deadline: the one asked for, or by default the end of the day one review period from
     * today — a day, as a chair picking one would, not an instant that reads as the next day elsewhere.
     */
    Instant checkDue(Instant requested) {
        Instant now = Instant.now(clock);
        Instant due = (requested == null ? Days.endOf(suggestedDue()) : requested)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (!due.isAfter(now.plus(Duration.ofHours(1)))) {
            throw new InvalidRequestException("reviewDue", Refusal.of("refusal.review.dueInFuture"));
        }
        if (due.isAfter(now.plus(LONGEST_REVIEW))) {
            throw new InvalidRequestException("reviewDue", Refusal.of("refusal.review.longerThanYear"));
        }
        return due;
    }

    /** The day a review is due unless the chair picks another: one review period from today. */
    LocalDate suggestedDue() {
        return Days.today(clock).plusDays(Math.max(1, settings.reviewPeriod().toDays()));
    }

    /** The earliest day a review may be due (tomorrow) and the latest (a year from today). */
    LocalDate earliestDue() {
        return Days.today(clock).plusDays(1);
    }

    LocalDate latestDue() {
        return Days.today(clock).plusDays(LONGEST_REVIEW.toDays() - 1);
    }

    /** The reminder goes out the configured time before the due date, or halfway there for a short review. */
    Instant reminderFor(Instant due) {
        Instant now = Instant.now(clock);
        Instant reminder = due.minus(settings.reminderBefore());
        return reminder.isAfter(now)
                ? reminder
                : now.plus(Duration.between(now, due).dividedBy(2));
    }

    void startReview(Strategy strategy, StrategyVersion version) {
        String subjectId = String.valueOf(strategy.getId());
        Map<String, Object> round = new HashMap<>();
        round.put(StrategyReviewProcess.VERSION_NUMBER, version.getNumber());
        round.put(StrategyReviewProcess.REVIEWERS, String.join(",", version.getReviewers()));
        round.put(StrategyReviewProcess.REVIEW_DUE, version.getReviewDue().toString());
        round.put(
                StrategyReviewProcess.REVIEW_REMINDER_AT,
                reminderFor(version.getReviewDue()).toString());
        round.put(ProcessVariables.DECIDED_BY, version.getSubmittedBy());
        var drafting = runs.openTaskWith(
                StrategyReviewProcess.KEY, StrategyReviewProcess.TASK_DRAFT, ProcessVariables.SUBJECT_ID, subjectId);
        if (drafting.isPresent()) {
            runs.complete(drafting.get().id(), round);
            return;
        }
        if (!runs.runsWith(StrategyReviewProcess.KEY, ProcessVariables.SUBJECT_ID, subjectId)
                .isEmpty()) {
            throw new ConflictException(Refusal.of("refusal.review.running"));
        }
        round.put(ProcessVariables.SUBJECT_TYPE, StrategyService.SUBJECT_TYPE);
        round.put(ProcessVariables.SUBJECT_ID, subjectId);
        round.put(ProcessVariables.JURISDICTION_ID, strategy.getJurisdictionId());
        runs.start(StrategyReviewProcess.KEY, subjectId, round);
    }

    /** Whether another process than {@code instanceId} already drives the strategy (one started by its first submission). */
    boolean hasOtherProcess(Long strategyId, String instanceId) {
        return runs
                .runsWith(StrategyReviewProcess.KEY, ProcessVariables.SUBJECT_ID, String.valueOf(strategyId))
                .stream()
                .anyMatch(id -> !id.equals(instanceId));
    }

    /** A roadmap's stage B that found this strategy already under way waits for its adoption: tell it. */
    void announceAdoption(Long strategyId) {
        runs.correlateAll(
                StrategyReviewProcess.MESSAGE_ADOPTED, ProcessVariables.SUBJECT_ID, String.valueOf(strategyId));
    }
}
