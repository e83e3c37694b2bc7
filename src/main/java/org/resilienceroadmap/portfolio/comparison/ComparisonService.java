package org.resilienceroadmap.portfolio.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.assessment.AssessmentFigures;
import org.resilienceroadmap.assessment.EssentialScore;
import org.resilienceroadmap.assessment.ScorecardTemplates;
import org.resilienceroadmap.assessment.ValidatedResult;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.roadmap.CountryStageTimes;
import org.resilienceroadmap.roadmap.StageTimes;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cities side by side, for coordinators and donors: the Ten Essentials of each city's latest validated
 * assessment against its previous one, how many cities stood in each stage at each quarter end, and the
 * median days per stage by country. Always within the reader's scope ({@link ComparisonScope}); each
 * read is a handful of queries however many cities.
 */
@Service
@Transactional(readOnly = true)
public class ComparisonService {

    /** The scorecard compared unless another is asked for: the one every city fills first. */
    public static final String DEFAULT_TEMPLATE = "preliminary";

    private final ComparisonScope scope;
    private final AssessmentFigures assessments;
    private final ScorecardTemplates templates;
    private final StageTimes stageTimes;
    private final StageTimeline timeline;
    private final CurrentUser currentUser;

    ComparisonService(
            ComparisonScope scope,
            AssessmentFigures assessments,
            ScorecardTemplates templates,
            StageTimes stageTimes,
            StageTimeline timeline,
            CurrentUser currentUser) {
        this.scope = scope;
        this.assessments = assessments;
        this.templates = templates;
        this.stageTimes = stageTimes;
        this.timeline = timeline;
        this.currentUser = currentUser;
    }

    /** The programmes and countries the reader may compare cities within. */
    public List<ComparisonSubject> subjects() {
        return scope.subjects(currentUser.scope());
    }

    /** The scorecard templates one may compare on (id and title), for the chooser. */
    public List<org.resilienceroadmap.assessment.ScorecardTemplate> templates() {
        scope.requireReader(currentUser.scope());
        return templates.all();
    }

    /** The heat map: one row per city by name, a cell per Essential of the template. */
    public EssentialHeatMap essentials(SubjectKind kind, Long id, String templateId) {
        UserScope me = currentUser.scope();
        ComparedCities compared = scope.cities(me, kind, id);
        String template = templateId == null || templateId.isBlank() ? DEFAULT_TEMPLATE : templateId;
        List<Integer> essentials = templates.get(template).essentials().stream()
                .map(e -> e.number())
                .toList();
        Map<Long, List<ValidatedResult>> byCity = new HashMap<>();
        for (ValidatedResult r : assessments.latestValidatedResults(compared.ids(), template, 2)) {
            byCity.computeIfAbsent(r.jurisdictionId(), c -> new ArrayList<>()).add(r);
        }
        List<CityScores> rows = compared.cities().stream()
                .sorted(Comparator.comparing(Jurisdiction::getName))
                .map(city -> row(city, essentials, byCity.getOrDefault(city.getId(), List.of())))
                .toList();
        return new EssentialHeatMap(compared.subject(), template, essentials, rows);
    }

    /** The cities in each stage at the end of each quarter, oldest first, up to the running quarter. */
    public List<StageQuarter> stagesOverTime(SubjectKind kind, Long id) {
        ComparedCities compared = scope.cities(currentUser.scope(), kind, id);
        return timeline.quarters(compared.cities());
    }

    /** Median days in stages A and B of the compared cities, by country. */
    public List<CountryStageTimes> stageDays(SubjectKind kind, Long id) {
        ComparedCities compared = scope.cities(currentUser.scope(), kind, id);
        return stageTimes.perCountry(compared.ids());
    }

    /** The subject as the reader may read it (404 outside their scope), for a page's title. */
    public ComparisonSubject subject(SubjectKind kind, Long id) {
        return scope.cities(currentUser.scope(), kind, id).subject();
    }

    private static CityScores row(Jurisdiction city, List<Integer> essentials, List<ValidatedResult> results) {
        if (results.isEmpty()) {
            return new CityScores(city.getId(), city.getCode(), city.names(), null, null, null, List.of(), null);
        }
        ValidatedResult latest = results.get(0);
        ValidatedResult previous = results.size() > 1 ? results.get(1) : null;
        List<EssentialCell> cells = essentials.stream()
                .map(n -> EssentialCell.of(n, percent(latest, n), percent(previous, n)))
                .toList();
        return new CityScores(
                city.getId(),
                city.getCode(),
                city.names(),
                latest.assessmentId(),
                latest.validatedAt(),
                previous == null ? null : previous.assessmentId(),
                cells,
                EssentialCell.of(0, percent(latest, 0), percent(previous, 0)));
    }

    private static Double percent(ValidatedResult result, int essential) {
        if (result == null) {
            return null;
        }
        return result.scores().stream()
                .filter(s -> s.essential() == essential)
                .findFirst()
                .map(EssentialScore::percent)
                .orElse(null);
    }
}
