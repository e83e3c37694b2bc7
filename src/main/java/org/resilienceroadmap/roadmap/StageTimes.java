package org.resilienceroadmap.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.directory.StageHistoryEntry;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.Days;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time in stage, as coordinators and donors read it: per country, the median days its local
 * governments (MCR2030's members) spent in stages A and B, over the stays that ended; the stays still
 * running are counted beside it. Only what the caller sees is counted.
 */
@Service
public class StageTimes {

    private final JurisdictionDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    StageTimes(JurisdictionDirectory directory, CurrentUser currentUser, Clock clock) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whole days of a stay: from the day it began to the day it ended, or to today while it runs. */
    static long days(java.time.Instant entered, java.time.Instant left, LocalDate today) {
        LocalDate from = entered.atOffset(Days.ZONE).toLocalDate();
        LocalDate to = left == null ? today : left.atOffset(Days.ZONE).toLocalDate();
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }

    @Transactional(readOnly = true)
    public List<CountryStageTimes> perCountry() {
        return perCountry(currentUser.scope().visibleJurisdictionIds());
    }

    /**
     * The same over some of the jurisdictions only (a programme's, a country's), and of those only what
     * the caller sees.
     */
    @Transactional(readOnly = true)
    public List<CountryStageTimes> perCountry(java.util.Collection<Long> jurisdictionIds) {
        var me = currentUser.scope();
        List<Jurisdiction> visible =
                directory.findAll(jurisdictionIds.stream().filter(me::sees).toList());
        Map<Long, Jurisdiction> byId = new HashMap<>();
        visible.forEach(j -> byId.put(j.getId(), j));
        Map<Long, Long> countryOf = new HashMap<>();
        for (Jurisdiction j : visible) {
            if (j.getLevel() == JurisdictionLevel.CITY && j.getJoinedOn() != null) {
                Long country = country(j, byId, directory);
                if (country != null) {
                    countryOf.put(j.getId(), country);
                }
            }
        }
        Map<Long, Map<RoadmapStage, List<Long>>> ended = new HashMap<>();
        Map<Long, Map<RoadmapStage, Integer>> running = new HashMap<>();
        LocalDate today = Days.today(clock);
        for (StageHistoryEntry stay : directory.stageHistory(countryOf.keySet())) {
            Long country = countryOf.get(stay.getJurisdictionId());
            if (stay.getLeftAt() == null) {
                running.computeIfAbsent(country, c -> new HashMap<>()).merge(stay.getStage(), 1, Integer::sum);
            } else {
                ended.computeIfAbsent(country, c -> new HashMap<>())
                        .computeIfAbsent(stay.getStage(), s -> new ArrayList<>())
                        .add(days(stay.getEnteredAt(), stay.getLeftAt(), today));
            }
        }
        Map<Long, Integer> members = new HashMap<>();
        countryOf.values().forEach(c -> members.merge(c, 1, Integer::sum));
        return members.keySet().stream()
                .map(c -> new CountryStageTimes(
                        JurisdictionView.of(byId.get(c)),
                        members.get(c),
                        time(ended, running, c, RoadmapStage.A),
                        time(ended, running, c, RoadmapStage.B)))
                .sorted(Comparator.comparing(t -> t.country().name()))
                .toList();
    }

    private static StageTime time(
            Map<Long, Map<RoadmapStage, List<Long>>> ended,
            Map<Long, Map<RoadmapStage, Integer>> running,
            Long country,
            RoadmapStage stage) {
        return StageTime.of(
                ended.getOrDefault(country, Map.of()).getOrDefault(stage, List.of()),
                running.getOrDefault(country, Map.of()).getOrDefault(stage, 0));
    }

    /** The country a local government belongs to (a donor may see the city and not its country: its name is no secret). */
    private static Long country(Jurisdiction j, Map<Long, Jurisdiction> byId, JurisdictionDirectory directory) {
        Jurisdiction at = j;
        while (at != null && at.getLevel() != JurisdictionLevel.COUNTRY) {
            at = at.getParentId() == null ? null : byId.computeIfAbsent(at.getParentId(), directory::get);
        }
        return at == null ? null : at.getId();
    }
}
