package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionDetail;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.Milestone;
import org.resilienceroadmap.action.ProgressReport;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.files.StoredFile;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.ActionScene;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An action owner in the field, on a 375 × 812 phone: signs in, finds their actions through the
 * collapsed menu, marks a milestone reached and reports progress with a photo taken there. No page
 * on the way may scroll sideways or put anything beyond the screen's right edge.
 */
class PhoneActionOwnerJourneyTests extends BrowserTest {

    static final int WIDTH = 375;
    static final int HEIGHT = 812;
    private static final LocalDate TODAY = LocalDate.now(Days.ZONE);

    /**
     * Everything visible whose right edge passes the viewport (clipped by the boxes that hide their
     * overflow), and every box that scrolls sideways; each named by tag, id, class and text.
     */
    static final String OVERFLOWS = """
            const w = window.innerWidth;
            const found = [];
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60) + '"';
            const up = e => e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host) || null;
            if (document.documentElement.scrollWidth > w) {
              found.push('the page scrolls sideways: scrollWidth ' + document.documentElement.scrollWidth + ' > ' + w);
            }
            // The development-mode tools are not part of the page, wherever they put their parts.
            const tool = e => { for (let a = e; a && a.nodeType === 1; a = up(a)) {
                if (/^(VAADIN-DEV|COPILOT)/.test(a.tagName)) return true; } return false; };
            const skip = e => ['SCRIPT', 'STYLE', 'TITLE', 'TEMPLATE'].includes(e.tagName) || tool(e);
            const visit = root => {
              for (const e of root.querySelectorAll('*')) {
                if (skip(e)) continue;
                const s = getComputedStyle(e);
                if (e.shadowRoot) visit(e.shadowRoot);
                if (s.display === 'none' || s.visibility === 'hidden' || s.display === 'contents' || s.opacity === '0') continue;
                const r = e.getBoundingClientRect();
                if (r.width < 1 || r.height < 1) continue;
                if (['auto', 'scroll'].includes(s.overflowX) && e.scrollWidth > e.clientWidth + 1
                    && !['TEXTAREA', 'INPUT'].includes(e.tagName) && e.clientWidth > 0) {
                  found.push('scrolls sideways (' + e.scrollWidth + ' > ' + e.clientWidth + '): ' + name(e));
                }
                let right = r.right, left = r.left;
                for (let a = up(e); a; a = up(a)) {
                  if (a.nodeType !== 1) break;
                  const as = getComputedStyle(a);
                  if (as.overflowX !== 'visible') {
                    const ar = a.getBoundingClientRect();
                    right = Math.min(right, ar.right);
                    left = Math.max(left, ar.left);
                  }
                  if (as.display === 'none' || as.visibility === 'hidden' || as.opacity === '0') { right = -1; break; }
                }
                if (right > w + 1 && right > left) {
                  found.push('right edge ' + Math.round(r.right) + ' > ' + w + ': ' + name(e));
                }
              }
            };
            visit(document);
            return found.slice(0, 15);
            """;

    @Autowired
    ApplicationContext context;

    @Autowired
    ActionDriver actionDriver;

    @Autowired
    ActionService actions;

    @Autowired
    ActionProgress actionProgress;

    @Autowired
    PeopleDirectory people;

    private TestCity city;
    private Action sirens;
    private Milestone bought;

    @BeforeEach
    void anActionWithMilestonesOwnedByTheMember() {
        ActionScene scene = ActionScene.prepare(context);
        city = scene.city();
        sirens = actionDriver.approved(
                city, scene.strategy(), "Sirens in every district of the valley", TODAY.plusMonths(6));
        bought = SignedIn.as(
                city.member(),
                () -> actions.addMilestone(sirens.getId(), "Sirens bought and delivered", TODAY.plusMonths(1)));
        SignedIn.as(
                city.member(),
                () -> actions.addMilestone(sirens.getId(), "Sirens installed on the roofs", TODAY.plusMonths(4)));
    }

    @Test
    void theOwnerReportsProgressWithAPhotoAndReachesAMilestoneOnAPhone() throws IOException {
        phone(driver);
        open("login");
        WebElement user = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        assertThat(((Number) js("return window.innerWidth;")).intValue())
                .as("the viewport's width")
                .isEqualTo(WIDTH);
        fits("sign-in");
        user.sendKeys(city.member());
        WebElement password = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys("demo");
        password.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        waitForServer();
        fits("home");

        click(By.cssSelector("vaadin-drawer-toggle"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='My actions']"));
        wait.until(ExpectedConditions.urlContains("/my-actions"));
        WebElement link = element(By.xpath("//a[normalize-space(.)='Sirens in every district of the valley']"));
        waitForServer();
        fits("my-actions");
        shoot("phone-my-actions");

        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        element(By.id("action-title"));
        waitForServer();
        fits("action");

        click(By.id("reach-milestone"));
        wait.until(d -> reached(bought.getId()) != null);

        element(By.cssSelector("#progress-percent input"));
        type(By.cssSelector("#progress-percent input"), "35");
        String narrative = "Twelve sirens delivered to the depot; the photo shows them unpacked.";
        type(By.cssSelector("#progress-narrative textarea"), narrative);
        Path photo = png();
        element(By.id("progress-upload"))
                .getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(photo.toAbsolutePath().toString());
        wait.until(d -> !d.findElements(By.cssSelector("#progress-upload vaadin-upload-file[complete]"))
                .isEmpty());
        fits("action with the report filled in");
        shoot("phone-report-filled");
        click(By.id("report-progress"));
        wait.until(d -> !detail().reports().isEmpty());
        waitForServer();
        fits("action after the report");
        shoot("phone-action-reported");

        ProgressReport report = detail().reports().get(0);
        assertThat(report.getNarrative()).isEqualTo(narrative);
        assertThat(report.getPercent()).isEqualTo(35);
        assertThat(report.getEvidenceIds()).hasSize(1);
        StoredFile evidence = SignedIn.as(
                city.member(),
                () -> actionProgress.evidence(
                        sirens.getId(), report.getEvidenceIds().get(0)));
        assertThat(evidence.getName()).isEqualTo(photo.getFileName().toString());
        assertThat(evidence.getContentType()).isEqualTo("image/png");
        assertThat(evidence.getSize()).isEqualTo(Files.size(photo));
        assertThat(reached(bought.getId())).isEqualTo(TODAY);

        // The inbox holds the carrying out of the action, as a card the phone's width can show.
        click(By.cssSelector("vaadin-drawer-toggle"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Tasks']"));
        wait.until(ExpectedConditions.urlContains("/tasks"));
        WebElement card = element(
                By.xpath("//*[@id='task-table']//tbody/tr[contains(., 'Sirens in every district of the valley')]"));
        assertThat(card.getText()).contains("Carry out");
        waitForServer();
        fits("tasks");
        shoot("phone-tasks");
    }

    @Test
    void theJurisdictionTreeShowsWholePlaceNamesOnAPhoneInEnglishAndRussian() throws IOException {
        Long coordinator =
                people.findByUsername(ActionDriver.COORDINATOR).orElseThrow().getId();
        try {
            for (String language : List.of("en", "ru")) {
                // The account's language is applied at sign-in.
                people.changeLanguage(coordinator, language);
                if ("ru".equals(language)) {
                    logout();
                }
                phone(driver);
                login(ActionDriver.COORDINATOR);
                open("jurisdictions");
                wait.until(d -> !d.findElements(By.cssSelector("#jurisdiction-tree .place-cell a"))
                        .isEmpty());
                // The tree learns the window's width after it is shown: its theme says when it has.
                wait.until(d -> String.valueOf(
                                d.findElement(By.id("jurisdiction-tree")).getAttribute("theme"))
                        .contains("narrow"));
                waitForServer();
                fits("jurisdictions (" + language + ")");
                @SuppressWarnings("unchecked")
                List<String> clipped = (List<String>) js("return [...document.querySelectorAll("
                        + "'#jurisdiction-tree .place-cell a')].filter(a => a.getBoundingClientRect().width > 0"
                        + " && a.scrollWidth > a.clientWidth + 1).map(a => a.textContent);");
                assertThat(clipped).as("place names cut short (%s)", language).isEmpty();
                // Other tests add cities under Tajikistan; the search brings Dushanbe into the rows drawn.
                driver.findElement(By.cssSelector("vaadin-text-field input")).sendKeys("Dushanbe");
                String dushanbe = "ru".equals(language) ? "Душанбе" : "Dushanbe";
                wait.until(
                        d -> d.findElement(By.id("jurisdiction-tree")).getText().contains(dushanbe));
                waitForServer();
                fits("jurisdictions, Dushanbe found (" + language + ")");
                shoot("phone-jurisdictions-" + language);
            }
        } finally {
            people.changeLanguage(coordinator, "en");
        }
    }

    /** Makes the browser a 375 × 812 phone: the viewport, not just the window, is that wide. */
    static void phone(org.openqa.selenium.chrome.ChromeDriver driver) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
    }

    /** Nothing on the page passes the screen's right edge, and the page does not scroll sideways. */
    private void fits(String page) {
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) js(OVERFLOWS);
        assertThat(overflowing)
                .as("what passes the right edge of a %d px phone on the %s page", WIDTH, page)
                .isEmpty();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private ActionDetail detail() {
        return SignedIn.as(city.member(), () -> actions.detail(sirens.getId()));
    }

    private LocalDate reached(Long milestone) {
        return detail().milestones().stream()
                .filter(m -> m.getId().equals(milestone))
                .findFirst()
                .orElseThrow()
                .getActualDate();
    }

    /** A small real PNG, as a phone's camera would give (only much smaller). */
    private static Path png() throws IOException {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 24; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, y < 8 ? 0x2a7fa0 : 0x3c9a5f);
            }
        }
        Path dir = Files.createTempDirectory("rr-phone");
        Path file = dir.resolve("sirens-at-the-depot.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private void shoot(String name) throws IOException {
        js("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.style.display = 'none');");
        Path dir = Path.of("target", "journey-screens");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
