package org.resilienceroadmap.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.resilienceroadmap.support.HeadlessChromium;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journeys in Debian's headless Chromium driven by its chromedriver (packages chromium and
 * chromium-driver; {@code .ci/run} installs them). Nothing is downloaded. A failing journey leaves
 * a screenshot in target/screenshots.
 */
@Tag("browser")
abstract class BrowserTest extends IntegrationTest {

    /**
     * The browser's time zone: west of UTC, while the tests' JVM (the server) runs east of it (surefire's
     * argLine), so a date that moves between the two on its way is caught.
     */
    static final String BROWSER_ZONE = System.getProperty("rr.browser.tz", "America/New_York");

    @LocalServerPort
    int port;

    ChromeDriver driver;
    WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("rr-chromium");
        driver = HeadlessChromium.start(profile, java.util.Map.of("TZ", BROWSER_ZONE));
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser(TestInfo test) throws IOException {
        if (driver != null) {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(
                    dir.resolve(test.getTestMethod().map(m -> m.getName()).orElse("journey") + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.quit();
        }
    }

    void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
    }

    /**
     * Opens a task by its Open link in the inbox. The inbox is read when its page is drawn, so a task
     * the process makes a moment later (after an asynchronous step) shows at the next visit, as it
     * would for a person: the inbox is opened again until the link is there, for a minute at most.
     */
    void openFromInbox(String taskId) {
        By link = By.id("open-task-" + taskId);
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            open("tasks");
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.visibilityOfElementLocated(link))
                        .click();
                waitForServer();
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
            }
        }
    }

    void login(String username) {
        open("login");
        WebElement user = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        WebElement password = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys("demo");
        password.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    void logout() {
        click(By.id("logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
    }

    WebElement element(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void click(By by) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        wait.until(ExpectedConditions.elementToBeClickable(e)).click();
        waitForServer();
    }

    /**
     * At a roadmap gate, gives the coordinator's reason to pass it with checklist items open; the page
     * asks for one only while a mandatory item is open, which depends on what other tests left in the city.
     */
    void overrideOpenGateItems(String reason) {
        if (!driver.findElements(By.cssSelector("#gate-override-reason textarea"))
                .isEmpty()) {
            type(By.cssSelector("#gate-override-reason textarea"), reason);
        }
    }

    void type(By field, String text) {
        WebElement input = element(field);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        waitForServer();
    }

    /** Waits until Vaadin has no request to the server under way, so the page shows the server's state. */
    void waitForServer() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                            .executeScript("const c = window.Vaadin && window.Vaadin.Flow"
                                    + " && window.Vaadin.Flow.clients; return !!c && Object.values(c)"
                                    + ".every(x => typeof x.isActive !== 'function' || !x.isActive());")));
        } catch (org.openqa.selenium.TimeoutException busy) {
            // A client that stays busy (e.g. a dev-mode connection) must not stall the journey; the
            // explicit waits on what the page shows still guard each step.
        }
    }
}
