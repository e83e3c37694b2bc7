package org.resilienceroadmap.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.revision.RevisionCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio: one row per city that has joined MCR2030 within the reader's scope — a coordinator's
 * jurisdictions, a donor's programmes, everything for an admin; chairs and members have none (403).
 * Every city is filtered, counted and sorted on what is cheap to know of all of them ({@link
 * PortfolioCities}); the scores, strategies and action counts are read for the page shown only.
 */
@Service
@Transactional(readOnly = true)
public class PortfolioService {

    private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.COORDINATOR, Role.DONOR);

    private final CurrentUser currentUser;
    private final JurisdictionDirectory directory;
    private final ProgrammeDirectory programmes;
    private final PortfolioCities cities;
    private final PortfolioFigures figures;
    private final RevisionCache cache;
    private final Clock clock;

    PortfolioService(
            CurrentUser currentUser,
            JurisdictionDirectory directory,
            ProgrammeDirectory programmes,
            PortfolioCities cities,
            PortfolioFigures figures,
            RevisionCache cache,
            Clock clock) {
        this.currentUser = currentUser;
        this.directory = directory;
        this.programmes = programmes;
        this.cities = cities;
        this.figures = figures;
        this.cache = cache;
        this.clock = clock;
    }

    /** Whether the signed-in person has a portfolio at all (the menu asks). */
    public boolean isReader(UserScope me) {
        return me.roles().stream().anyMatch(READERS::contains);
    }

    /** One page of the filtered, sorted portfolio (size 1 to 500) with the whole list's summary figures. */
    public PortfolioPage page(PortfolioQuery query, int page, int size) {
        PageResponse.request(page, size);
        LocalDate today = Days.today(clock);
        // Kept while no write moves the data's stamp: a coordinator's portfolio is read far more often than it changes.
        return cache.get(new Kept(visible(reader()), query, page, size, today), () -> {
            List<Standing> all = filtered(query, today);
            int from = (int) Math.min((long) page * size, all.size());
            List<Standing> shown = all.subList(from, Math.min(all.size(), from + size));
            return new PortfolioPage(
                    List.copyOf(figures.rows(shown, today)), page, size, all.size(), notReported(all, today));
        });
    }

    /** What a kept page was worked out for: the cities a reader sees, the query and page, the day (freshness moves with it). */
    private record Kept(Collection<Long> cities, PortfolioQuery query, int page, int size, LocalDate day) {}

    /** Every row of the filtered, sorted portfolio, for the exports. */
    public List<PortfolioRow> all(PortfolioQuery query) {
        LocalDate today = Days.today(clock);
        return figures.rows(filtered(query, today), today);
    }

    /** The countries and programmes the reader's filters offer. */
    public PortfolioChoices choices() {
        UserScope me = reader();
        List<Standing> mine = cities.of(visible(me), Days.today(clock));
        List<PortfolioChoices.Country> countries = mine.stream()
                .map(Standing::country)
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(Jurisdiction::getId, Function.identity(), (a, b) -> a))
                .values()
                .stream()
                .sorted(Comparator.comparing(Jurisdiction::getName))
                .map(c -> new PortfolioChoices.Country(c.getId(), c.names()))
                .toList();
        Set<Long> cityIds = mine.stream().map(Standing::id).collect(Collectors.toSet());
        List<PortfolioChoices.Programme> covering = programmes.findAll().stream()
                .filter(p ->
                        directory.subtreeIds(p.getJurisdictionIds()).stream().anyMatch(cityIds::contains))
                .sorted(Comparator.comparing(Programme::getTitle))
                .map(p -> new PortfolioChoices.Programme(p.getId(), p.getCode(), p.getTitle()))
                .toList();
        return new PortfolioChoices(countries, covering);
    }

    private List<Standing> filtered(PortfolioQuery query, LocalDate today) {
        UserScope me = reader();
        Set<Long> covered = query.programmeId() == null ? null : programmeCities(query.programmeId());
        List<Standing> mine = cities.of(visible(me), today);
        if (covered != null && mine.stream().noneMatch(s -> covered.contains(s.id()))) {
            // A programme over none of the reader's cities is as unknown to them as one that does not exist.
            throw new NotFoundException("Programme", query.programmeId());
        }
        return mine.stream()
                .filter(s -> query.countryId() == null
                        || (s.country() != null
                                && query.countryId().equals(s.country().getId())))
                .filter(s -> query.stage() == null || query.stage() == s.city().getStage())
                .filter(s -> covered == null || covered.contains(s.id()))
                .filter(s -> !query.lateOnly() || s.freshness().isBehind())
                .sorted(PortfolioOrder.of(query.sort(), query.descending()))
                .toList();
    }

    private Set<Long> programmeCities(Long programmeId) {
        return directory.subtreeIds(programmes.get(programmeId).getJurisdictionIds());
    }

    /** Cities that have not reported progress since the quarter began. */
    private static int notReported(List<Standing> all, LocalDate today) {
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        return (int) all.stream()
                .filter(s -> s.lastReport() == null || s.lastReport().isBefore(quarter))
                .count();
    }

    private UserScope reader() {
        UserScope me = currentUser.scope();
        if (!isReader(me)) {
            throw new ForbiddenException(Refusal.of("refusal.portfolio.reader"));
        }
        return me;
    }

    private static Collection<Long> visible(UserScope me) {
        // An admin's scope holds every jurisdiction already; a donor's the trees of their programmes.
        return me.visibleJurisdictionIds();
    }
}
