package org.resilienceroadmap.portfolio;

import java.time.LocalDate;
import java.util.Comparator;

/** The orders of {@link PortfolioSort}; ties go by city name, then id, so pages never overlap. */
final class PortfolioOrder {

    private static final Comparator<Standing> BY_NAME = Comparator.comparing(
                    (Standing s) -> s.city().getName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Standing::id);

    private PortfolioOrder() {}

    static Comparator<Standing> of(PortfolioSort sort, boolean descending) {
        Comparator<Standing> first = switch (sort) {
            case CITY -> BY_NAME;
            case COUNTRY ->
                Comparator.comparing(
                        (Standing s) -> s.country() == null ? "" : s.country().getName(),
                        String.CASE_INSENSITIVE_ORDER);
            case STAGE -> Comparator.comparing((Standing s) -> s.city().getStage());
            // Fewest days in the stage first (entered latest); a stay of unknown start last.
            case DAYS_IN_STAGE ->
                Comparator.comparing(Standing::stageSince, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                        .reversed();
            case LAST_REPORT ->
                Comparator.comparing(Standing::lastReport, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
            case FRESHNESS ->
                Comparator.comparing(Standing::freshness)
                        .thenComparing(
                                s -> Standing.lastSign(s.stageSince(), s.lastReport()),
                                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())
                                        .reversed());
        };
        Comparator<Standing> ordered = descending ? first.reversed() : first;
        return sort == PortfolioSort.CITY ? ordered : ordered.thenComparing(BY_NAME);
    }
}
