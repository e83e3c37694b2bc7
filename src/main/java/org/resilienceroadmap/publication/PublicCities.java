package org.resilienceroadmap.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.resilienceroadmap.action.ActionCounts;
import org.resilienceroadmap.action.ActionFigures;
import org.resilienceroadmap.assessment.PublishedScorecard;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.PlaceNames;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.strategy.PublishedStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public pages show: the published cities, and one published city's page. Reads no user — it
 * serves visitors who have not signed in — so it shows only what a published record allows, and of the
 * other modules only what they publish: validated scores, the adopted strategy, counted actions.
 */
@Service
@Transactional(readOnly = true)
public class PublicCities {

    /** Where the public pages live, relative to the application root. */
    public static final String PATH = "public/cities";

    private final CityPublicationRepository publications;
    private final JurisdictionDirectory jurisdictions;
    private final PublishedScorecard scorecards;
    private final PublishedStrategy strategies;
    private final ActionFigures actions;

    PublicCities(
            CityPublicationRepository publications,
            JurisdictionDirectory jurisdictions,
            PublishedScorecard scorecards,
            PublishedStrategy strategies,
            ActionFigures actions) {
        this.publications = publications;
        this.jurisdictions = jurisdictions;
        this.scorecards = scorecards;
        this.strategies = strategies;
        this.actions = actions;
    }

    /** The published cities, by name. */
    public List<PublicCity.Entry> index() {
        return publications.findByState(PublicationState.PUBLISHED).stream()
                .map(p -> jurisdictions.get(p.getJurisdictionId()))
                .map(city -> new PublicCity.Entry(city.getCode(), city.names(), country(city), city.getStage()))
                .sorted(Comparator.comparing(e -> e.names().in(Locale.ENGLISH)))
                .toList();
    }

    /** The page of a published city; empty for an unknown code and for a page not (or no longer) published. */
    public Optional<PublicCity> page(String code) {
        return jurisdictions
                .findByCode(code)
                .filter(city -> city.getLevel() == JurisdictionLevel.CITY)
                .flatMap(city -> publications
                        .findByJurisdictionId(city.getId())
                        .filter(p -> p.getState() == PublicationState.PUBLISHED)
                        .map(p -> page(city, day(p.getDecidedAt()))));
    }

    /**
     * What the city's page would show if it were published: the same content, without a publication day.
     * Readers reach it through {@link PublicationService#preview}, which checks that they decide it.
     */
    PublicCity preview(Long jurisdictionId) {
        return page(jurisdictions.get(jurisdictionId), null);
    }

    private PublicCity page(Jurisdiction city, LocalDate publishedOn) {
        List<PublicCity.StageDate> stages = jurisdictions.stageHistory(city.getId()).stream()
                .map(h -> new PublicCity.StageDate(h.getStage(), day(h.getEnteredAt())))
                .toList();
        PublicCity.Scorecard scorecard = scorecards
                .latestValidated(city.getId())
                .map(r -> new PublicCity.Scorecard(
                        r.templateTitle(),
                        day(r.validatedAt()),
                        r.essentials().stream()
                                .map(s -> new PublicCity.EssentialResult(
                                        s.essential(), s.sum(), s.answeredMaximum(), s.percent()))
                                .toList(),
                        r.overall().essentialMean()))
                .orElse(null);
        PublicCity.Strategy strategy = strategies
                .latestAdopted(city.getId())
                .map(s -> new PublicCity.Strategy(
                        s.title(), s.periodStart(), s.periodEnd(), s.adoptingBody(), s.adoptedOn()))
                .orElse(null);
        ActionCounts counts = actions.countsByJurisdiction(List.of(city.getId())).stream()
                .findFirst()
                .orElse(new ActionCounts(city.getId(), 0, 0, 0, 0));
        return new PublicCity(
                city.getCode(),
                city.names(),
                country(city),
                city.getStage(),
                city.getJoinedOn(),
                stages,
                scorecard,
                strategy,
                new PublicCity.Actions(
                        counts.actions(), counts.completed(), counts.completedOnTime(), counts.overdue()),
                publishedOn);
    }

    private PlaceNames country(Jurisdiction city) {
        return jurisdictions.ancestryIds(city.getId()).stream()
                .map(jurisdictions::get)
                .filter(j -> j.getLevel() == JurisdictionLevel.COUNTRY)
                .findFirst()
                .map(Jurisdiction::names)
                .orElse(null);
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(Days.ZONE).toLocalDate();
    }
}
