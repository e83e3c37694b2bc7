package org.resilienceroadmap.strategy.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.api.Versioned;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.strategy.EssentialCoverage;
import org.resilienceroadmap.strategy.ObjectiveDraft;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyAdoption;
import org.resilienceroadmap.strategy.StrategyComment;
import org.resilienceroadmap.strategy.StrategyDetail;
import org.resilienceroadmap.strategy.StrategyObjective;
import org.resilienceroadmap.strategy.StrategyReview;
import org.resilienceroadmap.strategy.StrategyVersion;

/** The JSON shapes of the strategy API. */
final class StrategyJson {

    private StrategyJson() {}

    record Summary(
            Long id,
            Long jurisdictionId,
            String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            String state,
            int versions,
            long version) {
        static Summary of(Strategy s) {
            return new Summary(
                    s.getId(),
                    s.getJurisdictionId(),
                    s.getTitle(),
                    s.getPeriodStart(),
                    s.getPeriodEnd(),
                    s.getState().name(),
                    s.getVersionCount(),
                    s.getVersion());
        }
    }

    /** The strategy with its working draft ({@code version} is the draft's lock version to send back). */
    record Detail(
            Long id,
            Long jurisdictionId,
            String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            String state,
            long version,
            String content,
            List<ObjectiveDraft> objectives,
            String updatedBy,
            Instant updatedAt,
            List<VersionSummary> versions,
            List<Comment> comments,
            Adoption adoption,
            Coverage essentialCoverage)
            implements Versioned {
        static Detail of(StrategyDetail d) {
            Strategy s = d.strategy();
            return new Detail(
                    s.getId(),
                    s.getJurisdictionId(),
                    s.getTitle(),
                    s.getPeriodStart(),
                    s.getPeriodEnd(),
                    s.getState().name(),
                    s.getVersion(),
                    s.getContent(),
                    s.getObjectives().stream().map(StrategyObjective::toDraft).toList(),
                    s.getUpdatedBy(),
                    s.getUpdatedAt(),
                    d.versions().stream()
                            .map(v -> VersionSummary.of(v, d.reviewsOf(v)))
                            .toList(),
                    d.versions().stream()
                            .flatMap(v -> d.commentsOn(v).stream().map(c -> Comment.of(c, v.getNumber())))
                            .toList(),
                    d.adoption().map(Adoption::of).orElse(null),
                    Coverage.of(EssentialCoverage.of(s)));
        }
    }

    /** The objectives tied to each of the Ten Essentials; {@code uncovered} lists those no objective names. */
    record Coverage(List<EssentialCount> perEssential, List<Integer> uncovered, boolean coversAll) {
        static Coverage of(EssentialCoverage c) {
            return new Coverage(
                    c.objectivesPerEssential().entrySet().stream()
                            .map(e -> new EssentialCount(e.getKey(), e.getValue()))
                            .toList(),
                    c.uncovered(),
                    c.coversAll());
        }
    }

    record EssentialCount(int essential, int objectives) {}

    record VersionSummary(
            int number,
            String submittedBy,
            Instant submittedAt,
            List<String> authors,
            List<String> reviewers,
            Instant reviewDue,
            LocalDate reviewDueDate,
            String decision,
            String decidedBy,
            Instant decidedAt,
            List<Review> reviews) {
        static VersionSummary of(StrategyVersion v, List<StrategyReview> reviews) {
            return new VersionSummary(
                    v.getNumber(),
                    v.getSubmittedBy(),
                    v.getSubmittedAt(),
                    v.getAuthors(),
                    v.getReviewers(),
                    v.getReviewDue(),
                    Days.dueDay(v.getReviewDue()),
                    v.getDecision(),
                    v.getDecidedBy(),
                    v.getDecidedAt(),
                    reviews.stream().map(Review::of).toList());
        }
    }

    record VersionDetail(
            VersionSummary summary,
            String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            String content,
            List<ObjectiveDraft> objectives,
            List<Comment> comments) {}

    record Review(String reviewer, String outcome, String comment, Instant decidedAt) {
        static Review of(StrategyReview r) {
            return new Review(r.getReviewer(), r.getOutcome(), r.getComment(), r.getDecidedAt());
        }
    }

    /** A review comment; {@code version} is the number of the version it belongs to. */
    record Comment(
            Long id, int version, String author, Instant writtenAt, String body, Long objectiveId, String section) {
        static Comment of(StrategyComment c, int version) {
            return new Comment(
                    c.getId(),
                    version,
                    c.getAuthor(),
                    c.getWrittenAt(),
                    c.getBody(),
                    c.getObjectiveId(),
                    c.getSection());
        }
    }

    record Adoption(
            String decisionReference,
            LocalDate adoptedOn,
            String adoptingBody,
            String recordedBy,
            Instant recordedAt,
            String document) {
        static Adoption of(StrategyAdoption a) {
            return new Adoption(
                    a.getDecisionReference(),
                    a.getAdoptedOn(),
                    a.getAdoptingBody(),
                    a.getRecordedBy(),
                    a.getRecordedAt(),
                    "/api/v1/strategies/" + a.getStrategyId() + "/adoption/document");
        }
    }

    record TimelineEntry(
            Instant at, String actor, String action, String version, String fromState, String toState, String comment) {
        static TimelineEntry of(AuditRecord r) {
            return new TimelineEntry(
                    r.getAt(),
                    r.getActor(),
                    r.getAction(),
                    r.getReference(),
                    r.getFromState(),
                    r.getToState(),
                    r.getComment());
        }
    }

    record DiffLine(String kind, String left, String right) {}
}
