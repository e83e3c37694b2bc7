package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Vaadin works under the application's Content-Security-Policy in a real browser: signing in, the
 * menu, a lazy grid with filters. Every violation the browser reports on any page is collected and
 * must stay none (a missing 'unsafe-eval' or 'unsafe-inline' would break Flow and show up here).
 */
class ContentSecurityPolicyJourneyTests extends BrowserTest {

    /** Installed before any script of every page, so that no report is missed. */
    private static final String RECORDER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    @Test
    void anAdminSignsInAndFiltersTheAuditLogWithoutAnyPolicyViolation() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        open("login");
        element(By.cssSelector("vaadin-login-form"));
        assertThat(violations()).as("on the login page").isEmpty();

        login("admin");
        assertThat(violations()).as("after signing in").isEmpty();

        open("admin/audit");
        element(By.id("audit-grid"));
        type(By.cssSelector("#audit-action input"), "roadmap:join");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-grid"), "roadmap:join"));
        assertThat(violations()).as("on the audit page").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        waitForServer();
        Object found = driver.executeScript("return window.__cspViolations || ['recorder missing'];");
        return (List<String>) found;
    }
}
