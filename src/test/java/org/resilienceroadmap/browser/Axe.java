package org.resilienceroadmap.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (pinned in tools/axe, installed by the build) run on the page the browser shows, against
 * WCAG 2.0 and 2.1 A and AA. What it finds of impact critical or serious is a failure, named by rule,
 * help text and the selectors of the elements (a list of selectors for an element inside shadow DOM).
 */
final class Axe {

    static final Path SCRIPT = Path.of("tools", "axe", "node_modules", "axe-core", "axe.min.js");

    private final String source;

    Axe() {
        try {
            source = Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run `npm ci --prefix tools/axe` (the build does)", e);
        }
    }

    /** The serious and critical violations on the page, one line each, prefixed by the page's name. */
    @SuppressWarnings("unchecked")
    List<String> violations(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source);
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document,
                        {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                        resultTypes: ['violations']})
                    .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => ({impact: n.impact, target: JSON.stringify(n.target),
                            summary: n.failureSummary}))}))))
                    .catch(e => done('axe failed: ' + e));
                """);
        if (result instanceof String failure) {
            throw new IllegalStateException(failure);
        }
        List<String> found = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            String id = (String) violation.get("id");
            for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
                String impact = (String) node.get("impact");
                String target = (String) node.get("target");
                if (!("critical".equals(impact) || "serious".equals(impact))) {
                    continue;
                }
                found.add(page + ": " + id + " (" + impact + ") " + violation.get("help") + " at " + target + " — "
                        + String.valueOf(node.get("summary")).replace('\n', ' '));
            }
        }
        return found;
    }
}
