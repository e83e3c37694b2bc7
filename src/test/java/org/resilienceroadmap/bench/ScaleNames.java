package org.resilienceroadmap.bench;

import java.util.Locale;

/**
 * The codes and account names of the generated world, so that the generator, the benchmarks and a
 * person trying the app at scale find the same things: region {@code SC}, countries {@code SC-001}…,
 * cities {@code SC-001-0001}…; accounts {@code chair.sc-001-0001}, {@code member.…}, {@code coordinator.sc-001},
 * {@code coordinator.sc}, {@code donor.sc}; programme {@code SCALE-DRR}.
 */
public final class ScaleNames {

    public static final String REGION = "SC";
    public static final String PROGRAMME = "SCALE-DRR";
    public static final String REGION_COORDINATOR = "coordinator.sc";
    public static final String DONOR = "donor.sc";
    /** Every generated account's password (not a common one, so the password rules would take it too). */
    public static final String PASSWORD = "scale-bench-2026";

    private ScaleNames() {}

    public static String country(int n) {
        return String.format(Locale.ROOT, "%s-%03d", REGION, n);
    }

    public static String city(int country, int n) {
        return String.format(Locale.ROOT, "%s-%04d", country(country), n);
    }

    public static String countryCoordinator(int country) {
        return "coordinator." + country(country).toLowerCase(Locale.ROOT);
    }

    public static String chair(String cityCode) {
        return "chair." + cityCode.toLowerCase(Locale.ROOT);
    }

    public static String member(String cityCode) {
        return "member." + cityCode.toLowerCase(Locale.ROOT);
    }
}
