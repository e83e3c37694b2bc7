package org.resilienceroadmap.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resilienceroadmap.action.ActionPortfolios;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.shared.Days;
import org.springframework.stereotype.Component;

/**
 * The cities of a scope that have joined MCR2030, each with its {@link Standing}: the jurisdictions, their
 * stage stays and the stamp of their last progress report, three reads for any number of cities.
 */
@Component
class PortfolioCities {

    private final JurisdictionDirectory directory;
    private final ActionPortfolios actions;
    private final PortfolioSettings settings;

    PortfolioCities(JurisdictionDirectory directory, ActionPortfolios actions, PortfolioSettings settings) {
        this.directory = directory;
        this.actions = actions;
        this.settings = settings;
    }

    List<Standing> of(Collection<Long> visibleIds, LocalDate today) {
        Map<Long, Jurisdiction> byId = new HashMap<>();
        directory.findAll(visibleIds).forEach(j -> byId.put(j.getId(), j));
        List<Jurisdiction> cities = byId.values().stream()
                .filter(j -> j.getLevel() == JurisdictionLevel.CITY && j.getStage() != null)
                .toList();
        loadAncestors(cities, byId);
        Set<Long> ids = new HashSet<>();
        cities.forEach(c -> ids.add(c.getId()));
        Map<Long, Instant> since = directory.currentStageSince(ids);
        Map<Long, Instant> reported = actions.lastReports(ids);
        return cities.stream()
                .map(c -> {
                    LocalDate entered = since.containsKey(c.getId()) ? day(since.get(c.getId())) : c.getJoinedOn();
                    LocalDate last = reported.containsKey(c.getId()) ? day(reported.get(c.getId())) : null;
                    return new Standing(
                            c,
                            countryOf(c, byId),
                            entered,
                            last,
                            Freshness.of(Standing.lastSign(entered, last), today, settings));
                })
                .toList();
    }

    /** A donor's programme may name cities without their country: the missing parents, a level at a time. */
    private void loadAncestors(List<Jurisdiction> cities, Map<Long, Jurisdiction> byId) {
        Set<Long> missing = parentsMissing(cities, byId);
        for (int level = 0; level < 4 && !missing.isEmpty(); level++) {
            List<Jurisdiction> found = directory.findAll(missing);
            found.forEach(j -> byId.put(j.getId(), j));
            missing = parentsMissing(found, byId);
        }
    }

    private static Set<Long> parentsMissing(Collection<Jurisdiction> of, Map<Long, Jurisdiction> byId) {
        Set<Long> missing = new HashSet<>();
        of.forEach(j -> {
            if (j.getParentId() != null && !byId.containsKey(j.getParentId())) {
                missing.add(j.getParentId());
            }
        });
        return missing;
    }

    private static Jurisdiction countryOf(Jurisdiction city, Map<Long, Jurisdiction> byId) {
        Jurisdiction at = byId.get(city.getParentId());
        while (at != null && at.getLevel() != JurisdictionLevel.COUNTRY) {
            at = byId.get(at.getParentId());
        }
        return at;
    }

    private static LocalDate day(Instant at) {
        return at.atOffset(Days.ZONE).toLocalDate();
    }
}
