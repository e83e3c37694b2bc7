package org.resilienceroadmap.strategy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.shared.audit.SystemActors;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.workflow.PinnedComments;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategies of the jurisdictions in the caller's scope: the chair starts one, the working group
 * edits its draft, the chair submits it for review (which freezes a version and runs
 * {@code processes/strategy-review.bpmn}), anyone in scope reads it, its versions and its history.
 * <p>Over 300 lines: the draft's commands and what its pages may offer (permissions, reviewers, objective
 * choices) share the draft lock and the scope checks; versions are read in {@link StrategyVersions}. When it grows,
 * the choices go to a class of their own (about fifteen call sites in {@code strategy/ui}).
 */
@Service
public class StrategyService {

    public static final String SUBJECT_TYPE = "STRATEGY";

    private final StrategyRepository strategies;
    private final StrategyVersionRepository versions;
    private final StrategyReviewRepository reviews;
    private final StrategyCommentRepository comments;
    private final StrategyAdoptionRepository adoptions;
    private final StrategyAccess access;
    private final DraftRules rules;
    private final ObjectivesJson objectivesJson;
    private final StrategyVersions frozen;
    private final ReviewRounds rounds;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final PinnedComments pins;

    StrategyService(
            StrategyRepository strategies,
            StrategyVersionRepository versions,
            StrategyReviewRepository reviews,
            StrategyCommentRepository comments,
            StrategyAdoptionRepository adoptions,
            StrategyAccess access,
            DraftRules rules,
            ObjectivesJson objectivesJson,
            StrategyVersions frozen,
            ReviewRounds rounds,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            PinnedComments pins) {
        this.pins = pins;
        this.strategies = strategies;
        this.versions = versions;
        this.reviews = reviews;
        this.comments = comments;
        this.adoptions = adoptions;
        this.access = access;
        this.rules = rules;
        this.objectivesJson = objectivesJson;
        this.frozen = frozen;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The chair starts a strategy; a jurisdiction works on one strategy at a time. */
    @Transactional
    public Strategy create(Long jurisdictionId, String title, LocalDate periodStart, LocalDate periodEnd) {
        UserScope me = currentUser.scope();
        access.requireChair(me, jurisdictionId);
        rules.checkHeader(title, periodStart, periodEnd);
        requireNoneInProgress(jurisdictionId);
        Strategy strategy = strategies.save(
                new Strategy(jurisdictionId, title.strip(), periodStart, periodEnd, me.username(), Instant.now(clock)));
        audit.record(new AuditEntry(
                me.username(),
                SUBJECT_TYPE,
                String.valueOf(strategy.getId()),
                "strategy:create",
                null,
                StrategyState.DRAFTING.name(),
                strategy.getTitle()));
        return strategy;
    }

    void requireNoneInProgress(Long jurisdictionId) {
        strategies.findByJurisdictionIdOrderByCreatedAtDesc(jurisdictionId).stream()
                .filter(s -> s.getState().isInProgress())
                .findFirst()
                .ifPresent(s -> {
                    throw new ConflictException(Refusal.of("refusal.strategy.inProgress", s.getTitle()));
                });
    }

    @Transactional(readOnly = true)
    public List<Strategy> ofJurisdiction(Long jurisdictionId) {
        access.requireJurisdiction(currentUser.scope(), jurisdictionId);
        return strategies.findByJurisdictionIdOrderByCreatedAtDesc(jurisdictionId);
    }

    /** One page of the jurisdiction's strategies, newest first, paged by the query. */
    @Transactional(readOnly = true)
    public Page<Strategy> ofJurisdiction(Long jurisdictionId, Pageable page) {
        access.requireJurisdiction(currentUser.scope(), jurisdictionId);
        return strategies.findByJurisdictionIdOrderByCreatedAtDescIdDesc(jurisdictionId, page);
    }

    @Transactional(readOnly = true)
    public StrategyDetail detail(Long strategyId) {
        Strategy strategy = access.visible(currentUser.scope(), strategyId);
        List<StrategyVersion> all = versions.findByStrategyIdOrderByNumberAsc(strategyId);
        List<Long> ids = all.stream().map(StrategyVersion::getId).toList();
        return new StrategyDetail(
                strategy,
                all,
                reviews.findByVersionIdInOrderByDecidedAtAsc(ids),
                comments.findByVersionIdInOrderByWrittenAtAscIdAsc(ids),
                adoptions.findByStrategyId(strategyId));
    }

    /** The strategy's facts for other modules, with the same visibility check as {@link #detail}: 404 when out of sight. */
    @Transactional(readOnly = true)
    public StrategyFacts facts(Long strategyId) {
        return StrategyFacts.of(access.visible(currentUser.scope(), strategyId));
    }

    /** The jurisdiction's adopted strategy (the latest, if it has adopted more than one) with all its page shows. */
    @Transactional(readOnly = true)
    public java.util.Optional<StrategyDetail> adoptedIn(Long jurisdictionId) {
        access.requireJurisdiction(currentUser.scope(), jurisdictionId);
        return strategies.findByJurisdictionIdOrderByCreatedAtDesc(jurisdictionId).stream()
                .filter(s -> s.getState() == StrategyState.ADOPTED)
                .findFirst()
                .map(s -> detail(s.getId()));
    }

    /**
     * Saves the working draft. Refused with 409 when someone saved since the caller's
     * {@code expectedVersion}, naming who and when, so nobody's text is overwritten unseen.
     */
    @Transactional
    public Strategy saveDraft(Long strategyId, DraftEdit edit) {
        UserScope me = currentUser.scope();
        Strategy strategy = access.visible(me, strategyId);
        access.requireWorkingGroup(me, strategy.getJurisdictionId());
        if (strategy.getVersion() != edit.expectedVersion()) {
            throw new ConflictException(staleMessage(strategy));
        }
        rules.check(strategy.getJurisdictionId(), edit);
        strategy.editDraft(
                edit.title().strip(),
                edit.periodStart(),
                edit.periodEnd(),
                Objects.requireNonNullElse(edit.content(), ""),
                me.username(),
                Instant.now(clock));
        replaceObjectives(strategy, edit.objectives());
        return strategies.saveAndFlush(strategy);
    }

    /** Who saved, by the name people know them by; the roadmap opening the draft is no one's name. */
    private Refusal staleMessage(Strategy strategy) {
        Object who = SystemActors.isSystem(strategy.getUpdatedBy())
                ? new Refusal.Text("refusal.strategy.theRoadmap")
                : new Refusal.Person(strategy.getUpdatedBy());
        return Refusal.of("refusal.strategy.stale", who, new Refusal.Moment(strategy.getUpdatedAt()));
    }

    /** Objectives keep their ids: a listed id updates that objective, no id adds one, an unlisted one goes. */
    private static void replaceObjectives(Strategy strategy, List<ObjectiveDraft> drafts) {
        Map<Long, StrategyObjective> existing = new HashMap<>();
        strategy.objectives().forEach(o -> existing.put(o.getId(), o));
        List<StrategyObjective> next = new java.util.ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ObjectiveDraft draft = drafts.get(i);
            StrategyObjective objective = draft.id() == null ? null : existing.remove(draft.id());
            if (draft.id() != null && objective == null) {
                throw new InvalidRequestException(
                        "objectives[" + i + "].id",
                        Refusal.of("refusal.strategy.objectiveGone", String.valueOf(i + 1)));
            }
            ObjectiveDraft cleaned = new ObjectiveDraft(
                    draft.id(),
                    draft.title().strip(),
                    draft.essentials().stream().distinct().sorted().toList(),
                    draft.hazards().stream().distinct().toList(),
                    draft.findingIds().stream().distinct().toList());
            if (objective == null) {
                next.add(new StrategyObjective(i, cleaned));
            } else {
                objective.update(cleaned);
                objective.moveTo(i);
                next.add(objective);
            }
        }
        strategy.objectives().clear();
        strategy.objectives().addAll(next);
    }

    /**
     * The chair submits the draft: it is frozen as the next numbered version and goes to the
     * reviewers. A second submit of the same draft, or of a draft changed since the chair saw it, is a 409.
     */
    @Transactional
    public StrategyVersion submit(Long strategyId, Submission submission) {
        UserScope me = currentUser.scope();
        Strategy strategy = access.visible(me, strategyId);
        access.requireChair(me, strategy.getJurisdictionId());
        if (!strategy.getState().isEditable()) {
            throw new ConflictException(
                    Refusal.of("refusal.strategy.submittedAlready", String.valueOf(strategy.getVersionCount())));
        }
        if (strategy.getVersion() != submission.expectedVersion()) {
            throw new ConflictException(staleMessage(strategy));
        }
        pins.requireNoneOpen(SUBJECT_TYPE, String.valueOf(strategyId));
        List<String> reviewers = rounds.checkReviewers(strategy.getJurisdictionId(), submission.reviewers());
        Instant due = rounds.checkDue(submission.reviewDue());
        String from = strategy.getState().name();
        List<String> authors = strategy.getEditors().isEmpty() ? List.of(me.username()) : strategy.getEditors();
        int number = strategy.submit();
        List<ObjectiveDraft> frozen = strategy.getObjectives().stream()
                .map(StrategyObjective::toDraft)
                .toList();
        StrategyVersion version = versions.save(new StrategyVersion(
                strategy,
                number,
                objectivesJson.write(frozen),
                authors,
                me.username(),
                Instant.now(clock),
                reviewers,
                due));
        strategy.clearEditors();
        strategies.saveAndFlush(strategy);
        audit.record(new AuditEntry(
                me.username(),
                SUBJECT_TYPE,
                String.valueOf(strategyId),
                "strategy:submit",
                from,
                strategy.getState().name(),
                String.join(", ", reviewers),
                "v" + number));
        rounds.startReview(strategy, version);
        return version;
    }

    /** A review comment on a version, about the whole, one of its objectives, or one section. */
    @Transactional
    public StrategyComment comment(Long strategyId, int number, String body, Long objectiveId, String section) {
        UserScope me = currentUser.scope();
        Strategy strategy = access.visible(me, strategyId);
        access.requireCommenter(me, strategy.getJurisdictionId());
        StrategyVersion version = frozen.version(strategyId, number);
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("body", Refusal.of("refusal.comment.empty"));
        }
        if (body.length() > 4000) {
            throw new InvalidRequestException("body", Refusal.counted("refusal.comment.tooLong", 4000));
        }
        if (section != null && section.length() > 300) {
            throw new InvalidRequestException("section", Refusal.counted("refusal.comment.headingTooLong", 300));
        }
        if (objectiveId != null && frozen.objectivesOf(version).stream().noneMatch(o -> objectiveId.equals(o.id()))) {
            throw new InvalidRequestException(
                    "objectiveId",
                    Refusal.of("refusal.strategy.noObjective", String.valueOf(number), String.valueOf(objectiveId)));
        }
        return comments.save(new StrategyComment(
                version.getId(),
                me.username(),
                Instant.now(clock),
                body.strip(),
                objectiveId,
                section == null || section.isBlank() ? null : section.strip()));
    }

    /** Every submission, review, decision and the adoption, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> timeline(Long strategyId) {
        access.visible(currentUser.scope(), strategyId);
        return audit.history(SUBJECT_TYPE, String.valueOf(strategyId)).stream()
                .filter(r -> r.getAction().startsWith("strategy:"))
                .toList();
    }

    /** Whether the caller may edit the draft, submit it, or comment: for views to offer only what the service allows. */
    @Transactional(readOnly = true)
    public StrategyPermissions permissions(Long strategyId) {
        UserScope me = currentUser.scope();
        Strategy strategy = access.visible(me, strategyId);
        boolean group = access.isWorkingGroup(me, strategy.getJurisdictionId());
        boolean chair = access.isChair(me, strategy.getJurisdictionId());
        return new StrategyPermissions(
                group && strategy.getState().isEditable(),
                chair && strategy.getState().isEditable(),
                group || me.coordinates(strategy.getJurisdictionId()),
                chair && strategy.getState() == StrategyState.APPROVED);
    }

    /** The working group of the strategy's jurisdiction: whom the chair may pick as reviewers. */
    @Transactional(readOnly = true)
    public List<String> possibleReviewers(Long strategyId) {
        Strategy strategy = access.visible(currentUser.scope(), strategyId);
        return access.workingGroup(strategy.getJurisdictionId());
    }

    /**
     * What the chair picks from when submitting: the working group by name, without the chair (who does
     * not review their own submission), the last round's reviewers to pick again, and the days allowed.
     */
    @Transactional(readOnly = true)
    public SubmissionChoices submissionChoices(Long strategyId) {
        UserScope me = currentUser.scope();
        Strategy strategy = access.visible(me, strategyId);
        List<String> group = access.workingGroup(strategy.getJurisdictionId()).stream()
                .filter(u -> !u.equals(me.username()))
                .toList();
        List<SubmissionChoices.Reviewer> reviewers = access.named(group).stream()
                .sorted(java.util.Comparator.comparing(SubmissionChoices.Reviewer::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<String> last = versions.findByStrategyIdAndNumber(strategyId, strategy.getVersionCount())
                .map(StrategyVersion::getReviewers)
                .orElse(List.of());
        return new SubmissionChoices(
                reviewers,
                reviewers.stream().filter(r -> last.contains(r.username())).toList(),
                rounds.suggestedDue(),
                rounds.earliestDue(),
                rounds.latestDue());
    }

    /** The names people know these accounts by (their username where they have none), in the same order. */
    @Transactional(readOnly = true)
    public Map<String, String> names(java.util.Collection<String> usernames) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        access.named(List.copyOf(new java.util.LinkedHashSet<>(usernames)))
                .forEach(r -> names.put(r.username(), r.name()));
        return names;
    }

    /** The hazards and findings the objectives of this strategy may be tied to. */
    @Transactional(readOnly = true)
    public ObjectiveChoices choices(Long strategyId) {
        Strategy strategy = access.visible(currentUser.scope(), strategyId);
        return rules.choices(strategy.getJurisdictionId());
    }

    /** Whether the person belongs to the working group (member or chair) of the jurisdiction. */
    public boolean isWorkingGroupOf(UserScope me, Long jurisdictionId) {
        return access.isWorkingGroup(me, jurisdictionId);
    }

    /** Whether the caller may start a strategy for the jurisdiction (chair, none in progress). */
    @Transactional(readOnly = true)
    public boolean mayCreate(Long jurisdictionId) {
        UserScope me = currentUser.scope();
        return me.sees(jurisdictionId)
                && access.isChair(me, jurisdictionId)
                && strategies.findByJurisdictionIdOrderByCreatedAtDesc(jurisdictionId).stream()
                        .noneMatch(s -> s.getState().isInProgress());
    }
}
