package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.assessment.Answer;
import org.resilienceroadmap.assessment.AssessmentEvidence;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.AssessmentState;
import org.resilienceroadmap.assessment.Finding;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A working day on the assessment of a city of its own (made by the test, in Serbia): the chair names
 * a scorer by name, the scorer scores fast and marks an Essential scored after seeing what is
 * unanswered, the chair dismisses and merges findings and adds one on the Essential in view, the
 * coordinator sees the completeness and returns an Essential with a note, which its scorer reads.
 * Text typed just before a click is what is stored; the page never resynchronises.
 */
class AssessmentWorkingDayJourneyTests extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentEvidence assessmentEvidence;

    @Autowired
    AssessmentReads assessmentReads;

    @Autowired
    TaskInbox inbox;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    JurisdictionDirectory jurisdictions;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void watchTheLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger("com.vaadin")).addAppender(log);
    }

    @AfterEach
    void stopWatching() {
        ((Logger) LoggerFactory.getLogger("com.vaadin")).detachAppender(log);
    }

    /**
     * A guard, not a regression test: it passed before the rapid-scoring change as well (this browser
     * never made the server resynchronise), so it cannot show that change works. What the change does
     * is proven by AssessmentWorkingDayTests#theSameAnswerAgainIsNeitherAConflictNorANewVersion (the
     * same answer from an older version is no conflict). Kept because it fails if fast clicks ever
     * lose, double or misorder an answer, or make Vaadin resynchronise.
     */
    @Test
    void rapidScoringKeepsEveryAnswerOnceWithoutResynchronising() {
        TestCity city = fixtures.newCity("RS");
        Long id = openAndStartScoring(city);
        login(city.member());
        open("assessments/" + id + "?essential=8");
        element(By.id("question-P8.1"));
        watchConsole();
        Map<String, Integer> clicked = new java.util.HashMap<>();
        for (int essential : new int[] {8, 9}) {
            click(By.id("essential-tab-" + essential));
            wait.until(
                    d -> !d.findElements(By.id("question-P" + essential + ".1")).isEmpty());
            List<String> codes = cardsOf(essential);
            // Three scores per question, one click after the other, without waiting for the server.
            for (int round = 1; round <= 3; round++) {
                for (String code : codes) {
                    int score = (round + code.hashCode()) % 4;
                    clickScore(code, score);
                    clicked.put(code, score);
                }
            }
            // The same score again at once, as a double click does (a checked radio sends nothing more).
            codes.forEach(code -> clickScore(code, clicked.get(code)));
        }
        waitForServer();
        wait.until(d -> stored(city.member(), id).equals(clicked));
        assertThat(as(city.member(), () -> assessmentReads.detail(id)).answers())
                .hasSize(clicked.size());
        assertThat(log.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains("Unexpected message id") || m.contains("Resynchroniz"));
        assertThat(console()).noneMatch(m -> m.contains("esynchroniz") || m.contains("Server expects"));
        assertThat(driver.findElements(By.cssSelector("vaadin-notification-card[theme~='error']")))
                .isEmpty();
        assertThat(element(By.id("essential-tab-8")).getText()).contains("9/9");
    }

    @Test
    void chairScorerAndCoordinatorWorkAnAssessmentThroughItsPages() throws Exception {
        TestCity city = fixtures.newCity("RS");
        String ana = person(city, "Ana Petrović");
        Long id = as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null))
                .getId();

        // The chair names Ana, by her name, as the scorer of Essential 1.
        login(city.chair());
        open("tasks/" + task(city.chair(), id, "Task_AssignEssentials").id());
        click(By.id("scorer-1"));
        click(By.xpath("//vaadin-select-item[contains(., 'Ana Petrović')]"));
        wait.until(d -> ana.equals(as(city.chair(), () -> assessmentReads.detail(id))
                .assessment()
                .getScorers()
                .get(1)));
        shot("assessment-assignment-task");
        click(By.id("outcome-start"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
        assertThat(task(ana, id, "Task_ScoreEssential", 1).assignee()).isEqualTo(ana);
        logout();

        // Ana scores two of three questions and marks Essential 1 scored after seeing the third.
        login(ana);
        open("assessments/" + id + "?essential=1");
        assertThat(element(By.id("scorer-of-1")).getText()).isEqualTo("Scored by Ana Petrović");
        clickScore("P1.1", 0);
        clickScore("P1.2", 1);
        waitForServer();
        wait.until(d -> stored(ana, id).size() == 2);
        // She backs P1.1 with the decree as a PDF: it is listed on the card with her name, to download.
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("decree", ".pdf");
        java.nio.file.Files.write(pdf, "%PDF-1.4\n%the city decree\n".getBytes());
        element(By.id("evidence-upload-P1.1"))
                .getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(pdf.toAbsolutePath().toString());
        By files = By.xpath("//*[@id='evidence-files-P1.1']//ul");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                files, pdf.getFileName().toString()));
        assertThat(element(files).getText()).contains("Ana Petrović");
        assertThat(as(ana, () -> assessmentEvidence.evidence(id, "P1.1")))
                .singleElement()
                .satisfies(f -> assertThat(f.name()).isEqualTo(pdf.getFileName().toString()));
        click(By.id("mark-scored-1"));
        WebElement unanswered = element(By.id("unanswered-list"));
        assertThat(unanswered.getText()).startsWith("P1.3 — ").doesNotContain("P1.1");
        shot("assessment-mark-scored-warning");
        assertThat(task(ana, id, "Task_ScoreEssential", 1))
                .as("nothing before the confirmation")
                .isNotNull();
        confirm();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("mark-scored-1")));
        assertThat(task(ana, id, "Task_ScoreEssential", 1)).isNull();
        logout();

        // The rest of the scoring through the services: two more low scores, every other Essential done.
        as(city.member(), () -> assessments.answer(id, "P2.1", 0, null, null, null));
        as(city.member(), () -> assessments.answer(id, "P2.2", 1, null, null, null));
        for (TaskItem t : tasks(city.member(), id, "Task_ScoreEssential")) {
            as(city.member(), () -> inbox.complete(t.id(), "done", null, Map.of()));
        }
        List<Finding> proposed =
                as(city.chair(), () -> assessmentReads.detail(id)).findings();
        assertThat(proposed).extracting(Finding::getQuestionCode).containsExactly("P1.1", "P1.2", "P2.1", "P2.2");

        // The chair dismisses one proposed finding, merges two, and adds one on Essential 3.
        login(city.chair());
        open("assessments/" + id);
        click(By.id("dismiss-finding-" + proposed.get(3).getId()));
        confirm();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.id("finding-" + proposed.get(3).getId())));
        click(By.id("merge-with-" + proposed.get(0).getId()));
        click(By.xpath("//vaadin-select-item[contains(., 'P1.2')]"));
        click(By.id("merge-finding-" + proposed.get(0).getId()));
        confirm();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.id("finding-" + proposed.get(1).getId())));
        click(By.id("essential-tab-3"));
        String gap = "No budget line for disaster risk reduction; typed and saved at once";
        typeThenClickAtOnce(By.cssSelector("#new-finding-gap-3 textarea"), gap, By.id("add-finding-3"));
        wait.until(d ->
                as(city.chair(), () -> assessmentReads.detail(id)).findings().size() == 3);
        List<Finding> kept = as(city.chair(), () -> assessmentReads.detail(id)).findings();
        assertThat(kept).extracting(Finding::getEssential).containsExactly(1, 2, 3);
        assertThat(kept.get(0).getGap()).contains("P1.1").contains("P1.2");
        assertThat(kept.get(2).getGap()).isEqualTo(gap);
        logout();
        as(
                city.chair(),
                () -> inbox.complete(task(city.chair(), id, "Task_Consolidate").id(), "submit", null, Map.of()));

        // The coordinator sees the completeness and returns Essential 2 with a note typed just before the click.
        login(city.coordinator());
        open("tasks/" + task(city.coordinator(), id, "Task_Validate").id());
        assertThat(element(By.id("completeness")).getText()).isEqualTo("43 of 47 questions unanswered");
        type(By.cssSelector("#task-comment textarea"), "Essential 2 needs its evidence");
        String note = "Attach the 2019 flood risk study to P2.1 and P2.2";
        WebElement noteField = driver.findElement(By.cssSelector("#return-note-2 input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", noteField);
        new org.openqa.selenium.interactions.Actions(driver)
                .click(noteField)
                .sendKeys(note.substring(0, 10))
                .perform();
        shot("assessment-validation-return-per-essential");
        typeThenClickAtOnce(By.cssSelector("#return-note-2 input"), note.substring(10), By.id("outcome-return"));
        wait.until(d ->
                as(city.chair(), () -> assessmentReads.detail(id)).assessment().getState() == AssessmentState.SCORING);
        assertThat(as(city.member(), () -> assessmentReads.returnNotes(id))).isEqualTo(Map.of(2, note));
        logout();

        // Whoever scores Essential 2 reads the note on the task and on the scoring page.
        login(city.member());
        open("tasks/" + task(city.member(), id, "Task_ScoreEssential", 2).id());
        assertThat(element(By.id("return-note")).getText()).endsWith(note);
        click(By.id("open-essential"));
        assertThat(element(By.id("return-note-2")).getText()).endsWith(note);
        assertThat(log.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains("Unexpected message id") || m.contains("Resynchroniz"));
        if (System.getProperty("rr.screenshots") != null) {
            logout();
            for (String language : new String[] {"en", "ru"}) {
                pictures(language);
            }
        }
    }

    /**
     * With {@code -Drr.screenshots=docs/screenshots}: the pictures of the assessment's working day in
     * English and Russian, at 1400 px and 375 px, on a city of their own. Taken inside the journey, not
     * by a test of their own that the suite would count as skipped.
     */
    private void pictures(String language) throws Exception {
        boolean ru = "ru".equals(language);
        String code = "RS-SHOT-" + language.toUpperCase() + System.nanoTime() % 10000;
        Long serbia = jurisdictions.findByCode("RS").orElseThrow().getId();
        Long city = jurisdictions
                .create(new NewJurisdiction(code, "Šabac", "Шабац", JurisdictionLevel.CITY, serbia))
                .getId();
        String chair = shotAccount(code, "chair", ru ? "Милош Јанковић" : "Miloš Janković", Role.CHAIR, city, language);
        String member = shotAccount(code, "member", ru ? "Ана Петровић" : "Ana Petrović", Role.MEMBER, city, language);
        shotAccount(code, "member2", ru ? "Дејан Илић" : "Dejan Ilić", Role.MEMBER, city, language);
        String coordinator = shotAccount(
                code, "coordinator", ru ? "Јелена Марковић" : "Jelena Marković", Role.COORDINATOR, city, language);
        Long id = as(chair, () -> assessments.open(city, "preliminary", null, null))
                .getId();
        as(chair, () -> assessments.assign(id, Map.of(1, member, 2, member)));

        login(chair);
        open("tasks/" + task(chair, id, "Task_AssignEssentials").id());
        element(By.id("assignment-form"));
        shoot("assessment-assignment-task", language, null);
        logout();
        as(chair, () -> inbox.complete(task(chair, id, "Task_AssignEssentials").id(), "start", null, Map.of()));
        as(member, () -> assessments.answer(id, "P1.1", 1, null, null, null));

        as(
                member,
                () -> assessmentEvidence.addEvidence(
                        id,
                        "P1.1",
                        ru ? "Решение о плане 2021.pdf" : "City decree 2021.pdf",
                        "%PDF-1.4\n%the city decree\n".repeat(2000).getBytes()));

        login(member);
        open("assessments/" + id + "?essential=1");
        element(By.id("evidence-files-P1.1"));
        shoot("assessment-evidence", language, By.id("evidence-files-P1.1"));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("mark-scored-1")));
        click(By.id("mark-scored-1"));
        element(By.id("unanswered-list"));
        shoot("assessment-mark-scored-warning", language, null);
        driver.findElements(By.cssSelector("[slot='cancel-button']")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed)
                .findFirst()
                .orElseThrow()
                .click();
        waitForServer();
        logout();

        for (TaskItem t : as(member, inbox::openTasks)) {
            if (String.valueOf(id).equals(t.subjectId())) {
                as(member, () -> inbox.complete(t.id(), "done", null, Map.of()));
            }
        }
        as(chair, () -> inbox.complete(task(chair, id, "Task_Consolidate").id(), "submit", null, Map.of()));
        login(coordinator);
        open("tasks/" + task(coordinator, id, "Task_Validate").id());
        element(By.id("return-essentials"));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "const f = document.querySelector('#return-note-2 input');"
                                + " f.value = arguments[0]; f.dispatchEvent(new Event('input', {bubbles: true}));"
                                + " f.dispatchEvent(new Event('change', {bubbles: true}));",
                        ru ? "Приложите исследование рисков наводнений 2019 года" : "Attach the 2019 flood risk study");
        waitForServer();
        shoot("assessment-validation-return", language, By.id("return-essentials"));
        logout();
    }

    private void shoot(String name, String language, By scrollTo) throws Exception {
        Path dir = Path.of(System.getProperty("rr.screenshots"));
        Files.createDirectories(dir);
        // The development-mode notice is no part of the page.
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.querySelectorAll('*').forEach(e => { const t = e.tagName.toLowerCase();"
                                + " if (t.startsWith('vaadin-dev') || t.startsWith('copilot')) { e.style.display = 'none'; } });");
        for (boolean phone : new boolean[] {false, true}) {
            driver.manage().window().setSize(phone ? new Dimension(375, 812) : new Dimension(1400, 1000));
            Thread.sleep(700);
            if (scrollTo != null) {
                ((JavascriptExecutor) driver)
                        .executeScript("arguments[0].scrollIntoView({block: 'start'})", driver.findElement(scrollTo));
                Thread.sleep(300);
            }
            Files.write(
                    dir.resolve(name + "-" + language + (phone ? "-phone" : "") + ".png"),
                    driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    private String shotAccount(String code, String role, String name, Role r, Long city, String language) {
        String username = role + "." + code.toLowerCase();
        var p = people.create(new NewPerson(username, name, null, "Test", language), passwords.hash("demo"), false);
        people.addMembership(p.getId(), r, city, null);
        return username;
    }

    /** Clicks the confirm button of the open confirmation dialog (Vaadin moves it into the overlay). */
    private void confirm() {
        WebElement button = wait.until(d -> d.findElements(By.cssSelector("[slot='confirm-button']")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
        button.click();
        waitForServer();
    }

    /** Types and clicks in one script: the click comes well within 50 ms of the last key. */
    private void typeThenClickAtOnce(By field, String text, By button) {
        WebElement input = driver.findElement(field);
        WebElement target = element(button);
        // The button in the middle of the window, clear of the corner where notifications show.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        // Near its left edge: the development-mode notice may cover the right of a button at the page's foot.
        int left = 12 - target.getSize().getWidth() / 2;
        new org.openqa.selenium.interactions.Actions(driver)
                .click(input)
                .sendKeys(text)
                .moveToElement(target, left, 0)
                .click()
                .perform();
        waitForServer();
    }

    private void clickScore(String code, int score) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.querySelector(arguments[0]).click()",
                        "[id='score-" + code + "'] vaadin-radio-button:nth-of-type(" + (score + 1) + ") input");
    }

    private List<String> cardsOf(int essential) {
        return driver.findElements(By.cssSelector(".question-card")).stream()
                .map(e -> e.getAttribute("id").substring("question-".length()))
                .filter(c -> c.startsWith("P" + essential + "."))
                .toList();
    }

    private Map<String, Integer> stored(String who, Long id) {
        return as(who, () -> assessmentReads.detail(id)).answers().stream()
                .collect(Collectors.toMap(Answer::getQuestionCode, Answer::getScore));
    }

    private String person(TestCity city, String name) {
        String username = "ana." + city.code().toLowerCase();
        var p = people.create(new NewPerson(username, name, null, "Test", "en"), passwords.hash("demo"), false);
        people.addMembership(p.getId(), Role.MEMBER, city.id(), null);
        return username;
    }

    private Long openAndStartScoring(TestCity city) {
        Long id = as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null))
                .getId();
        as(
                city.chair(),
                () -> inbox.complete(
                        task(city.chair(), id, "Task_AssignEssentials").id(), "start", null, Map.of()));
        return id;
    }

    private TaskItem task(String who, Long id, String taskKey) {
        List<TaskItem> found = tasks(who, id, taskKey);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private TaskItem task(String who, Long id, String taskKey, int essential) {
        return tasks(who, id, taskKey).stream()
                .filter(t -> Integer.valueOf(essential).equals(t.nameArgument()))
                .findFirst()
                .orElse(null);
    }

    private List<TaskItem> tasks(String who, Long id, String taskKey) {
        return as(who, inbox::openTasks).stream()
                .filter(t ->
                        String.valueOf(id).equals(t.subjectId()) && t.taskKey().equals(taskKey))
                .toList();
    }

    private void watchConsole() {
        ((JavascriptExecutor) driver)
                .executeScript("window.rrConsole = [];"
                        + "for (const k of ['log', 'warn', 'error', 'debug']) { const f = console[k];"
                        + " console[k] = function() { window.rrConsole.push(Array.from(arguments).join(' '));"
                        + " return f.apply(console, arguments); }; }");
    }

    @SuppressWarnings("unchecked")
    private List<String> console() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return window.rrConsole || [];");
    }

    /** A picture of the page as it is, into target/journey-shots (the README's come from there). */
    private void shot(String name) {
        try {
            Path dir = Path.of("target", "journey-shots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
