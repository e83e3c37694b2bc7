package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.resilienceroadmap.action.ActionCounts;
import org.resilienceroadmap.action.ActionFigures;
import org.resilienceroadmap.action.ActionLine;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.shared.Days;
import org.springframework.stereotype.Component;

/**
 * Counts a measure over a scope's figures, and names what it counted. Jurisdictions are counted among
 * local governments only (MCR2030's members); shares are returned exact, to be rounded once where shown.
 */
@Component
class IndicatorCounter {

    private static final int LISTED_ACTIONS = 500;
    /** Decimals a share keeps until it is shown: enough that rounding it once more never moves a shown digit. */
    static final int EXACT_SCALE = 10;

    private final ActionFigures actions;

    IndicatorCounter(ActionFigures actions) {
        this.actions = actions;
    }

    /** The count, or the share unrounded; {@code allEssentials}: a share of cities counts only strategies covering all ten. */
    BigDecimal value(IndicatorMeasure measure, boolean allEssentials, ScopeFigures f) {
        return switch (measure) {
            case JURISDICTIONS_JOINED -> count(joined(f).size());
            case JURISDICTIONS_IN_STAGE_A -> count(inStage(f, RoadmapStage.A).size());
            case JURISDICTIONS_IN_STAGE_B -> count(inStage(f, RoadmapStage.B).size());
            case JURISDICTIONS_IN_STAGE_C -> count(inStage(f, RoadmapStage.C).size());
            case ASSESSMENTS_VALIDATED -> count(f.validated().size());
            case STRATEGIES_ADOPTED -> count(adoptedJurisdictions(f).size());
            case LOCAL_STRATEGIES_SHARE -> localShare(f, allEssentials);
            case ACTIONS_COMPLETED -> sum(f, ActionCounts::completed);
            case ACTIONS_COMPLETED_ON_TIME -> sum(f, ActionCounts::completedOnTime);
            case ACTIONS_COMPLETED_AFTER_EXTENSION -> sum(f, ActionCounts::onTimeAfterExtension);
            case ACTIONS_CLAIMED -> sum(f, ActionCounts::claimed);
            case ACTIONS_OVERDUE -> sum(f, ActionCounts::overdue);
            case BUDGET_DISBURSED_SHARE -> f.spending().disbursedShareExact();
        };
    }

    /**
     * The value as it stood at the end of a past day, where the workflow keeps the dates it needs (joined,
     * validated, adopted, paid on); empty where it keeps none (stages and actions change in place).
     */
    Optional<BigDecimal> valueAsOf(IndicatorMeasure measure, boolean allEssentials, ScopeFigures f, LocalDate day) {
        return Optional.ofNullable(
                switch (measure) {
                    case JURISDICTIONS_JOINED ->
                        count(joined(f).stream()
                                .filter(j -> !j.getJoinedOn().isAfter(day))
                                .count());
                    case ASSESSMENTS_VALIDATED ->
                        count(f.validated().stream()
                                .filter(a -> a.getValidatedAt() != null
                                        && !a.getValidatedAt()
                                                .atZone(Days.ZONE)
                                                .toLocalDate()
                                                .isAfter(day))
                                .count());
                    case STRATEGIES_ADOPTED ->
                        count(f.adopted().stream()
                                .filter(s -> !s.getAdoptedOn().isAfter(day))
                                .map(s -> s.getJurisdictionId())
                                .distinct()
                                .count());
                    case LOCAL_STRATEGIES_SHARE ->
                        localShare(
                                new ScopeFigures(
                                        f.jurisdictions(),
                                        f.byId(),
                                        f.validated(),
                                        f.adopted().stream()
                                                .filter(s -> !s.getAdoptedOn().isAfter(day))
                                                .toList(),
                                        f.actions(),
                                        f.spending(),
                                        f.coveringAllEssentials()),
                                allEssentials);
                    case BUDGET_DISBURSED_SHARE -> f.spending().disbursedShareExact(day);
                    default -> null;
                });
    }

    List<CountedItem> counted(IndicatorMeasure measure, boolean allEssentials, ProgrammeScope scope, ScopeFigures f) {
        return switch (measure) {
            case JURISDICTIONS_JOINED -> jurisdictions(joined(f));
            case JURISDICTIONS_IN_STAGE_A -> jurisdictions(inStage(f, RoadmapStage.A));
            case JURISDICTIONS_IN_STAGE_B -> jurisdictions(inStage(f, RoadmapStage.B));
            case JURISDICTIONS_IN_STAGE_C -> jurisdictions(inStage(f, RoadmapStage.C));
            case ASSESSMENTS_VALIDATED ->
                f.validated().stream()
                        .map(a -> new CountedItem(
                                "ASSESSMENT",
                                a.getId(),
                                String.valueOf(a.getValidatedAt()),
                                f.nameOf(a.getJurisdictionId()),
                                "assessments/" + a.getId()))
                        .toList();
            case STRATEGIES_ADOPTED, LOCAL_STRATEGIES_SHARE ->
                f.adopted().stream()
                        .filter(s -> measure == IndicatorMeasure.STRATEGIES_ADOPTED
                                || isCity(f, s.getJurisdictionId())
                                        && (!allEssentials
                                                || f.coveringAllEssentials().contains(s.getStrategyId())))
                        .map(s -> new CountedItem(
                                "STRATEGY",
                                s.getStrategyId(),
                                s.getTitle() + " · " + s.getDecisionReference() + " · " + s.getAdoptedOn(),
                                f.nameOf(s.getJurisdictionId()),
                                "strategies/" + s.getStrategyId()))
                        .toList();
            case ACTIONS_COMPLETED -> actions(scope, f, ActionFigures.Kind.COMPLETED);
            case ACTIONS_COMPLETED_ON_TIME -> actions(scope, f, ActionFigures.Kind.COMPLETED_ON_TIME);
            case ACTIONS_COMPLETED_AFTER_EXTENSION -> actions(scope, f, ActionFigures.Kind.COMPLETED_AFTER_EXTENSION);
            case ACTIONS_CLAIMED -> actions(scope, f, ActionFigures.Kind.CLAIMED);
            case ACTIONS_OVERDUE -> actions(scope, f, ActionFigures.Kind.OVERDUE);
            case BUDGET_DISBURSED_SHARE ->
                f.spending().disbursements().stream()
                        .map(d -> new CountedItem(
                                "DISBURSEMENT",
                                null,
                                d.paidOn() + " · " + d.amount() + " " + d.currency()
                                        + (d.reference() == null ? "" : " · " + d.reference()),
                                null,
                                null))
                        .toList();
        };
    }

    private List<CountedItem> actions(ProgrammeScope scope, ScopeFigures f, ActionFigures.Kind kind) {
        return actions.list(scope.jurisdictionIds(), kind, LISTED_ACTIONS).stream()
                .map((ActionLine a) -> new CountedItem(
                        "ACTION",
                        a.id(),
                        a.title() + " · " + a.due(),
                        f.nameOf(a.jurisdictionId()),
                        "actions/" + a.id()))
                .toList();
    }

    private static List<CountedItem> jurisdictions(List<Jurisdiction> list) {
        return list.stream()
                .map(j -> new CountedItem(
                        "JURISDICTION", j.getId(), j.getDisplayName(), j.getName(), "jurisdictions/" + j.getId()))
                .toList();
    }

    /** The covered local governments (cities and municipalities): MCR2030's members, whom the funnel counts. */
    static List<Jurisdiction> localGovernments(ScopeFigures f) {
        return f.jurisdictions().stream()
                .filter(j -> j.getLevel() == JurisdictionLevel.CITY)
                .toList();
    }

    static List<Jurisdiction> joined(ScopeFigures f) {
        return localGovernments(f).stream().filter(j -> j.getJoinedOn() != null).toList();
    }

    static List<Jurisdiction> inStage(ScopeFigures f, RoadmapStage stage) {
        return localGovernments(f).stream().filter(j -> j.getStage() == stage).toList();
    }

    /** Countries and regions in the scope that joined too: shown apart, never in the local governments' figures. */
    static JoinedAbove joinedAbove(ScopeFigures f) {
        long countries = f.jurisdictions().stream()
                .filter(j -> j.getLevel() == JurisdictionLevel.COUNTRY && j.getJoinedOn() != null)
                .count();
        long regions = f.jurisdictions().stream()
                .filter(j -> j.getLevel() == JurisdictionLevel.REGION && j.getJoinedOn() != null)
                .count();
        return new JoinedAbove(countries, regions);
    }

    static Set<Long> adoptedJurisdictions(ScopeFigures f) {
        return f.adopted().stream().map(s -> s.getJurisdictionId()).collect(Collectors.toSet());
    }

    private static BigDecimal localShare(ScopeFigures f, boolean allEssentials) {
        List<Jurisdiction> cities = localGovernments(f);
        if (cities.isEmpty()) {
            return null;
        }
        Set<Long> adopted = f.adopted().stream()
                .filter(s -> !allEssentials || f.coveringAllEssentials().contains(s.getStrategyId()))
                .map(s -> s.getJurisdictionId())
                .collect(Collectors.toSet());
        long with = cities.stream().filter(c -> adopted.contains(c.getId())).count();
        return BigDecimal.valueOf(with * 100)
                .divide(BigDecimal.valueOf(cities.size()), EXACT_SCALE, RoundingMode.HALF_UP);
    }

    private static boolean isCity(ScopeFigures f, Long jurisdictionId) {
        Jurisdiction j = f.byId().get(jurisdictionId);
        return j != null && j.getLevel() == JurisdictionLevel.CITY;
    }

    private static BigDecimal sum(ScopeFigures f, ToLongFunction<ActionCounts> field) {
        return count(f.actions().values().stream().mapToLong(field).sum());
    }

    private static BigDecimal count(long n) {
        return BigDecimal.valueOf(n);
    }
}
