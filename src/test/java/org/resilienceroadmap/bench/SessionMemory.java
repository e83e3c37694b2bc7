package org.resilienceroadmap.bench;

import java.util.Locale;

/**
 * What one signed-in person costs the node while their page is open: people of different cities sign
 * in one after another in headless Chromium and open their task inbox, each a new visitor; the
 * browser then moves on, and the node keeps that person's session and page (Vaadin lets a page go
 * only after three missed heartbeats, 15 minutes). The heap in use after a full collection is read
 * before and after, and the difference shared out.
 */
final class SessionMemory {

    private final JarNode node;
    private final ScaleSettings scale;

    SessionMemory(JarNode node, ScaleSettings scale) {
        this.node = node;
        this.scale = scale;
    }

    void measure(Results results, int sessions) throws Exception {
        try (Browser browser = new Browser(node.port())) {
            // Warm: the first visitors load what every later one shares (classes, bundles, caches).
            for (int n = 1; n <= 5; n++) {
                open(browser, scale.cities() - (n - 1) % scale.cities());
            }
            double before = node.heapUsedMiB();
            for (int n = 1; n <= sessions; n++) {
                // A small world has fewer cities than sessions: a person signing in again is a new session too.
                open(browser, 1 + (n - 1) % scale.cities());
            }
            double after = node.heapUsedMiB();
            double each = (after - before) * 1024 / sessions;
            results.add(
                    "Memory per signed-in UI session (" + sessions + " people with their inbox open, -Xmx1g)",
                    String.format(
                            Locale.ROOT,
                            "%.0f KiB each (heap after GC %.0f MiB before, %.0f MiB with them)",
                            each,
                            before,
                            after),
                    "< 1 MiB each",
                    each < 1024);
        }
    }

    /** A city's member signs in and opens the inbox. */
    private void open(Browser browser, int n) {
        browser.signIn(ScaleNames.member(ScaleNames.city(scale.countryOf(n), n)), ScaleNames.PASSWORD);
        browser.clickToContent("/tasks");
    }
}
