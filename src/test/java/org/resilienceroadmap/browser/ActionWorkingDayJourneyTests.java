package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.NewAction;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.ActionScene;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * A working day with actions, one role at a time, on a fresh city of its own (with hazards, a
 * programme and a member with a real name): the chair proposes an action with every field and edits
 * it while proposed, typing right up to the click; the coordinator decides the approval with its
 * context on the task page, filters the register through its address, goes back, and downloads what
 * is filtered; the donor's menu holds what a donor uses.
 */
class ActionWorkingDayJourneyTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(Days.ZONE);

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    ActionDriver actionDriver;

    @Autowired
    ActionService actions;

    @Autowired
    PeopleDirectory people;

    private TestCity city;
    private Long strategy;
    private Programme programme;
    private String dilnoza;

    @BeforeEach
    void aCityOfItsOwn() {
        ActionScene scene = ActionScene.prepare(context);
        city = scene.city();
        strategy = scene.strategy();
        programme = scene.programme();
        dilnoza = scene.namedMember();
    }

    @Test
    void theChairProposesWithEveryFieldAndEditsWhileProposedKeepingWhatWasTypedLast() {
        login(city.chair());
        open("actions?strategy=" + strategy);
        WebElement currency = element(By.cssSelector("#propose-currency input"));
        assertThat(currency.getAttribute("value"))
                .as("the currency holds a value")
                .isEqualTo("EUR");
        type(By.cssSelector("#propose-title input"), "Flood walls on the river");
        type(By.cssSelector("#propose-lead input"), "City water utility");
        pick("propose-owner", "Dilnoza", "vaadin-combo-box-item");
        setDate("propose-due", TODAY.plusYears(2));
        type(By.cssSelector("#propose-budget input"), "250000");
        pick("propose-programme", "Resilient", "vaadin-combo-box-item");
        pick("propose-hazards", "Riverine", "vaadin-multi-select-combo-box-item");
        pick("propose-sendai", "Understanding", "vaadin-multi-select-combo-box-item");
        pick("propose-essentials", "Pursue", "vaadin-multi-select-combo-box-item");
        click(By.id("propose-milestone-add"));
        type(By.cssSelector("#propose-milestone-title-1 input"), "Design approved");
        setDate("propose-milestone-target-1", TODAY.plusMonths(4));
        String description = "Two walls, 1.2 km in all; the last words typed right before the click";
        typeAndClickAtOnce(By.cssSelector("#propose-description textarea"), description, By.id("propose-action"));
        Action proposed = wait.until(d -> mine().stream().findFirst().orElse(null));
        assertThat(proposed.getDescription()).isEqualTo(description);
        assertThat(proposed.getOwner()).isEqualTo(dilnoza);
        assertThat(proposed.getBudget()).isEqualTo(new Money(new BigDecimal("250000"), "EUR"));
        assertThat(proposed.getProgrammeId()).isEqualTo(programme.getId());
        assertThat(proposed.getHazards()).containsExactly("MH0604");
        assertThat(proposed.getSendaiPriorities()).containsExactly(1);
        assertThat(proposed.getEssentials()).containsExactly(4);
        assertThat(SignedIn.as(
                        city.chair(), () -> actions.detail(proposed.getId()).milestones()))
                .hasSize(1);

        open("actions/" + proposed.getId());
        click(By.cssSelector("#edit vaadin-details-summary"));
        String edited = "Two walls and a pumping station: typed and saved in one breath";
        WebElement area = element(By.cssSelector("#edit-form #propose-description textarea"));
        new Actions(driver)
                .click(area)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys(edited)
                .click(driver.findElement(By.id("save-action")))
                .perform();
        waitForServer();
        wait.until(d -> edited.equals(SignedIn.as(
                city.chair(), () -> actions.detail(proposed.getId()).action().getDescription())));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fact-description"), edited));
        shoot(
                "action-form",
                "actions/" + proposed.getId(),
                By.id("edit"),
                () -> click(By.cssSelector("#edit vaadin-details-summary")));

        Action underWay = actionDriver.approved(city, strategy, "Sirens in every district", TODAY.plusMonths(6));
        open("actions/" + underWay.getId());
        type(By.cssSelector("#progress-percent input"), "40");
        String narrative = "Twelve sirens bought; the narrative ends right at the click";
        typeAndClickAtOnce(By.cssSelector("#progress-narrative textarea"), narrative, By.id("report-progress"));
        wait.until(d -> !SignedIn.as(
                        city.chair(), () -> actions.detail(underWay.getId()).reports())
                .isEmpty());
        assertThat(SignedIn.as(
                        city.chair(),
                        () -> actions.detail(underWay.getId()).reports().get(0).getNarrative()))
                .isEqualTo(narrative);
    }

    @Test
    void theCoordinatorDecidesWithContextFiltersThroughTheAddressGoesBackAndDownloads() {
        Long objective = actionDriver.objectiveOf(strategy, city.member());
        NewAction walls = new NewAction(
                objective,
                "Flood walls on the river",
                "Two walls, 1.2 km",
                "City water utility",
                dilnoza,
                TODAY,
                TODAY.plusYears(2),
                new Money(new BigDecimal("250000"), "EUR"),
                programme.getId(),
                List.of(4),
                List.of("MH0604"),
                List.of(1, 3));
        Long id = SignedIn.as(city.member(), () -> actions.propose(strategy, walls))
                .getId();
        actionDriver.accept(city, id);
        actionDriver.propose(city, strategy, "Sirens in every district", TODAY.plusMonths(6));
        String task = actionDriver
                .task(city.coordinator(), id, ActionProcess.TASK_APPROVE)
                .id();

        login(city.coordinator());
        open("tasks/" + task);
        String facts = element(By.id("action-facts")).getText();
        assertThat(facts)
                .contains(
                        "Early warning for every district",
                        "Test city " + city.code(),
                        "City water utility",
                        "Dilnoza Rahimova",
                        "250,000.00",
                        "Resilient rivers",
                        "Riverine flood",
                        "1. Understanding disaster risk",
                        "4. Pursue resilient urban development")
                .doesNotContain(dilnoza, "MH0604");

        open("actions?jurisdiction=" + city.id() + "&owner=rahim");
        wait.until(d -> rows().contains("Flood walls on the river") && !rows().contains("Sirens in every district"));
        assertThat(rows())
                .contains(
                        "Test city " + city.code(),
                        "Early warning for every district",
                        "€250,000.00",
                        "Dilnoza Rahimova");
        click(By.id("filter-status"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Proposed']"));
        wait.until(ExpectedConditions.urlContains("status=PROPOSED"));
        assertThat(driver.getCurrentUrl()).contains("owner=rahim", "jurisdiction=" + city.id());
        String filtered = driver.getCurrentUrl().replaceFirst("^.*?:\\d+/", "");

        driver.navigate().back();
        wait.until(d -> !d.getCurrentUrl().contains("status="));
        waitForServer();
        wait.until(d -> "rahim"
                .equals(d.findElement(By.cssSelector("#filter-owner input")).getAttribute("value")));
        assertThat(element(By.id("filter-status")).getText()).doesNotContain("Proposed");

        driver.navigate().refresh();
        wait.until(d -> rows().contains("Flood walls on the river") && !rows().contains("Sirens in every district"));
        String csv = fetch(element(By.id("export-csv")).getAttribute("href"));
        assertThat(csv)
                .startsWith("200 text/csv")
                .contains("Flood walls on the river")
                .doesNotContain("Sirens in every district");
        assertThat(fetch(element(By.id("export-xlsx")).getAttribute("href")))
                .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        // Last, as they sign in again and again: screenshots would fill the history the back button reads.
        shoot("action-approval-task", "tasks/" + task, By.id("action-task-context"));
        shoot("action-register", filtered, By.id("actions"));
    }

    @Test
    void theDonorsMenuHoldsWhatADonorUses() {
        login("donor.eu");
        open("actions");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
        List<String> menu = driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(e -> e.getText().strip())
                .toList();
        assertThat(menu).contains("Actions", "Programmes", "Tasks").doesNotContain("My actions", "Directory");
        open("my-actions");
        wait.until(d -> !d.getCurrentUrl().endsWith("/my-actions")
                || d.getPageSource().contains("not")
                || d.getPageSource().contains("denied"));
    }

    private List<Action> mine() {
        return SignedIn.as(
                city.chair(),
                () -> actions.find(
                                new ActionFilter(null, strategy, null, null, null, null, null, null),
                                Pageable.unpaged())
                        .getContent());
    }

    /**
     * Types into a combo box and picks the first item that shows the text with the keyboard, as a
     * person may (the development-mode toolbar can lie over the lower items); the overlay closes after.
     */
    private void pick(String id, String text, String itemTag) {
        WebElement input = element(By.cssSelector("#" + id + " input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", input);
        input.sendKeys(text);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//" + itemTag + "[contains(., '" + text + "')]")));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitForServer();
        if (itemTag.startsWith("vaadin-multi")) {
            // The first Escape clears the typed filter, the second closes the list.
            input.sendKeys(Keys.ESCAPE);
            input.sendKeys(Keys.ESCAPE);
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName(itemTag)));
        waitForServer();
    }

    /** Types the text and clicks at once, in one gesture of the driver: a few milliseconds, never 50. */
    private void typeAndClickAtOnce(By field, String text, By button) {
        WebElement input = element(field);
        WebElement target = element(button);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        long start = System.nanoTime();
        new Actions(driver).click(input).sendKeys(text).click(target).perform();
        long lastKeyToClick = (System.nanoTime() - start) / 1_000_000;
        waitForServer();
        assertThat(lastKeyToClick)
                .as("typing and the click took %d ms in all", lastKeyToClick)
                .isLessThan(2000);
    }

    private void setDate(String id, LocalDate date) {
        WebElement picker = element(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", picker, date.toString());
        waitForServer();
    }

    /** The table's cells as text, as the reader sees them. */
    private String rows() {
        return String.join(
                " | ",
                driver.findElements(By.cssSelector("#actions td")).stream()
                        .map(WebElement::getText)
                        .toList());
    }

    /** Fetches a link with the page's own session: status, content type, then the body's text. */
    private String fetch(String href) {
        return String.valueOf(((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' '"
                                + " + r.headers.get('content-type') + '\\n' + t))).catch(e => done('failed ' + e));",
                        href));
    }

    /**
     * Screenshots of a page in English and Russian, on a desktop and a 375 px phone, into
     * target/journey-screens (the good ones are copied to docs/screenshots by hand).
     */
    private void shoot(String name, String path, By ready) {
        shoot(name, path, ready, () -> {});
    }

    /** As above, doing what the picture needs once the page is there (open a section, say). */
    private void shoot(String name, String path, By ready, Runnable then) {
        String me = (String) ((JavascriptExecutor) driver)
                .executeScript("return document.getElementById('current-user').dataset.username;");
        Long person = people.findByUsername(me).orElseThrow().getId();
        try {
            for (String language : List.of("en", "ru")) {
                // The account's language is applied at sign-in.
                people.changeLanguage(person, language);
                driver.manage().window().setSize(new Dimension(1400, 1000));
                logout();
                login(me);
                for (int width : new int[] {1400, 375}) {
                    driver.manage().window().setSize(new Dimension(width, width == 375 ? 1800 : 1500));
                    open(path);
                    wait.until(ExpectedConditions.presenceOfElementLocated(ready));
                    waitForServer();
                    then.run();
                    // The development-mode toolbar and its notice are not part of the page.
                    ((JavascriptExecutor) driver)
                            .executeScript("document.querySelectorAll('vaadin-dev-tools,"
                                    + " copilot-main').forEach(e => e.style.display = 'none');");
                    Path dir = Path.of("target", "journey-screens");
                    Files.createDirectories(dir);
                    Files.write(
                            dir.resolve(name + "-" + language + "-" + width + ".png"),
                            driver.getScreenshotAs(OutputType.BYTES));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            people.changeLanguage(person, "en");
            driver.manage().window().setSize(new Dimension(1400, 1000));
            logout();
            login(me);
            open(path);
            wait.until(ExpectedConditions.presenceOfElementLocated(ready));
            waitForServer();
        }
    }
}
