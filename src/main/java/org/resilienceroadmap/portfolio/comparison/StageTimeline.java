package org.resilienceroadmap.portfolio.comparison;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.StageHistoryEntry;
import org.resilienceroadmap.shared.Days;
import org.springframework.stereotype.Component;

/**
 * The stage funnel over time, from the directory's stage history (one read for all cities): at each
 * quarter end, the stay each city was in. It starts at the quarter of the first joining or stage entry,
 * at most {@value #QUARTERS} quarters back, and ends with the running quarter counted to today.
 */
@Component
class StageTimeline {

    static final int QUARTERS = 12;

    private final JurisdictionDirectory directory;
    private final Clock clock;

    StageTimeline(JurisdictionDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    List<StageQuarter> quarters(List<Jurisdiction> cities) {
        LocalDate today = Days.today(clock);
        Map<Long, List<StageHistoryEntry>> stays = new HashMap<>();
        LocalDate first = null;
        for (StageHistoryEntry stay :
                directory.stageHistory(cities.stream().map(Jurisdiction::getId).toList())) {
            stays.computeIfAbsent(stay.getJurisdictionId(), c -> new ArrayList<>())
                    .add(stay);
            first = earlier(first, stay.getEnteredAt().atOffset(Days.ZONE).toLocalDate());
        }
        stays.values().forEach(l -> l.sort(Comparator.comparing(StageHistoryEntry::getEnteredAt)));
        for (Jurisdiction city : cities) {
            first = earlier(first, city.getJoinedOn());
        }
        if (first == null) {
            return List.of();
        }
        LocalDate start = quarterEnd(first);
        LocalDate earliest = quarterEnd(today.minusMonths(3L * (QUARTERS - 1)));
        if (start.isBefore(earliest)) {
            start = earliest;
        }
        List<StageQuarter> quarters = new ArrayList<>();
        for (LocalDate end = start; !end.isAfter(quarterEnd(today)); end = quarterEnd(end.plusDays(1))) {
            boolean toDate = end.isAfter(today);
            quarters.add(count(cities, stays, toDate ? today : end, toDate));
        }
        return quarters;
    }

    private static StageQuarter count(
            List<Jurisdiction> cities, Map<Long, List<StageHistoryEntry>> stays, LocalDate day, boolean toDate) {
        Instant at = Days.endOf(day);
        int[] counts = new int[5];
        for (Jurisdiction city : cities) {
            StageHistoryEntry current = null;
            for (StageHistoryEntry stay : stays.getOrDefault(city.getId(), List.of())) {
                if (!stay.getEnteredAt().isAfter(at)) {
                    current = stay;
                }
            }
            if (current != null
                    && (current.getLeftAt() == null || current.getLeftAt().isAfter(at))) {
                counts[2 + current.getStage().ordinal()]++;
            } else if (city.getJoinedOn() != null && !city.getJoinedOn().isAfter(day)) {
                counts[1]++;
            } else {
                counts[0]++;
            }
        }
        return new StageQuarter(day, toDate, counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    static LocalDate quarterEnd(LocalDate day) {
        int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
        return LocalDate.of(day.getYear(), quarter * 3, 1).with(java.time.temporal.TemporalAdjusters.lastDayOfMonth());
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b != null && b.isBefore(a) ? b : a;
    }
}
