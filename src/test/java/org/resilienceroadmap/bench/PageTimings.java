package org.resilienceroadmap.bench;

import java.util.List;

/**
 * From click to content in headless Chromium, for the pages people spend their day on: each person
 * signs in, then goes back and forth between a light page and theirs by clicking a link, and each
 * arrival is timed until the page is drawn with its data (see {@link Browser#clickToContent}).
 */
final class PageTimings {

    /** The ids the pages are opened with: a city of the world, its newest assessment and strategy, the programme. */
    record Subjects(Long cityId, Long assessmentId, Long strategyId, Long programmeId) {}

    private record Page(String name, String person, String path) {}

    private static final String ELSEWHERE = "/account/password";

    private final int port;
    private final String city;
    private final int country;
    private final Subjects subjects;

    PageTimings(int port, ScaleSettings scale, Subjects subjects) {
        this.port = port;
        this.country = scale.countryOf(1);
        this.city = ScaleNames.city(country, 1);
        this.subjects = subjects;
    }

    /**
     * @param only words of the pages' names to measure, separated by commas (each page whose name
     *     contains one); empty for every page
     */
    void measure(Results results, int warmUp, int rounds, String only) throws Exception {
        List<String> words = java.util.Arrays.stream(only.split(","))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .toList();
        List<Page> pages = List.of(
                        new Page(
                                "Task inbox (the country's coordinator)",
                                ScaleNames.countryCoordinator(country),
                                "/tasks"),
                        new Page(
                                "Jurisdiction page (the city's chair)",
                                ScaleNames.chair(city),
                                "/jurisdictions/" + subjects.cityId()),
                        new Page(
                                "Scoring page (the city's assessment, its member)",
                                ScaleNames.member(city),
                                "/assessments/" + subjects.assessmentId()),
                        new Page(
                                "Strategy editor (the city's strategy, its chair)",
                                ScaleNames.chair(city),
                                "/strategies/" + subjects.strategyId()),
                        new Page(
                                "Action register (the country's coordinator)",
                                ScaleNames.countryCoordinator(country),
                                "/actions"),
                        new Page(
                                "Programme dashboard (the donor)",
                                ScaleNames.DONOR,
                                "/programmes/" + subjects.programmeId()),
                        new Page("Portfolio (the region's coordinator)", ScaleNames.REGION_COORDINATOR, "/portfolio"))
                .stream()
                .filter(p -> words.isEmpty() || words.stream().anyMatch(p.name()::contains))
                .toList();
        try (Browser browser = new Browser(port)) {
            for (Page page : pages) {
                browser.signIn(page.person(), ScaleNames.PASSWORD);
                Latency latency = new Latency();
                try {
                    for (int i = 0; i < warmUp + rounds; i++) {
                        browser.clickToContent(ELSEWHERE);
                        double millis = browser.clickToContent(page.path());
                        if (i >= warmUp) {
                            latency.add((long) (millis * 1e6));
                        }
                    }
                } catch (IllegalStateException | org.openqa.selenium.WebDriverException stuck) {
                    // One page that never settles is a finding, not the end of the run: the others are still measured.
                    results.add(
                            "Page, click to content: " + page.name(),
                            "not measured: "
                                    + stuck.getMessage().lines().findFirst().orElse(""),
                            "p95 < 500 ms",
                            false);
                    continue;
                }
                String shown = browser.text();
                if (shown.contains("Could not navigate") || shown.contains("Internal error")) {
                    throw new IllegalStateException(page.path() + " shows an error:\n" + shown);
                }
                results.latency("Page, click to content: " + page.name(), latency, 500);
            }
        }
    }
}
