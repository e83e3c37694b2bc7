package org.resilienceroadmap.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.resilienceroadmap.support.HeadlessChromium;

/**
 * Debian's headless Chromium, driven by its chromedriver, against a node on loopback: signs people in
 * through the login form and times client-side navigation inside the page, from the click on a link
 * until the new view is drawn with its data.
 */
final class Browser implements AutoCloseable {

    /**
     * Injects a link to the path, clicks it, and answers the milliseconds until the page is at that
     * path, Vaadin has no request under way, no grid is fetching rows and one more frame was painted;
     * -1 after 90 s.
     */
    private static final String CLICK_AND_WAIT = """
            const path = arguments[0];
            const done = arguments[arguments.length - 1];
            const link = document.createElement('a');
            link.href = path;
            link.textContent = path;
            document.body.appendChild(link);
            const idle = () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              return !!clients && Object.values(clients)
                  .every(c => typeof c.isActive !== 'function' || !c.isActive());
            };
            const drawn = () => location.pathname === path && idle()
                && !document.querySelector('vaadin-grid[loading]');
            const started = performance.now();
            link.click();
            const poll = () => {
              if (drawn()) {
                requestAnimationFrame(() => requestAnimationFrame(() => {
                  link.remove();
                  done(performance.now() - started);
                }));
              } else if (performance.now() - started > 90000) {
                link.remove();
                done(-1);
              } else {
                setTimeout(poll, 2);
              }
            };
            poll();
            """;

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final String base;

    Browser(int port) throws IOException {
        this.base = "http://127.0.0.1:" + port;
        this.profile = Files.createTempDirectory("rr-bench-chromium");
        this.driver = HeadlessChromium.start(profile, Map.of());
        this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(100));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Signs in through the login form as a new visitor (no cookie of an earlier session). */
    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        WebElement user = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    /** Clicks a link to the path (in the page, as the navigation and the pages' links do) and times it. */
    double clickToContent(String path) {
        Object millis = ((JavascriptExecutor) driver).executeAsyncScript(CLICK_AND_WAIT, path);
        double value = ((Number) millis).doubleValue();
        if (value < 0) {
            throw new IllegalStateException(path + " was not drawn within 90 s");
        }
        return value;
    }

    /** The visible text of the page's main area, to tell a drawn page from an error or an empty frame. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
