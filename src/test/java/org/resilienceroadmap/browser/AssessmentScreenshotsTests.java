package org.resilienceroadmap.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pictures of the assessment's working day in docs/screenshots, in English and Russian, at
 * 1400 px and at 375 px: the assignment task, the scoring page's Mark-scored warning, the
 * validation task's return per Essential. Run with {@code -Drr.screenshots=docs/screenshots}.
 */
@EnabledIfSystemProperty(named = "rr.screenshots", matches = ".+")
class AssessmentScreenshotsTests extends BrowserTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    TaskInbox inbox;
    @Autowired
    JurisdictionDirectory jurisdictions;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Passwords passwords;

    @Test
    void picturesInEnglishAndRussian() throws Exception {
        for (String language : new String[] {"en", "ru"}) {
            pictures(language);
        }
    }

    private void pictures(String language) throws Exception {
        boolean ru = "ru".equals(language);
        String code = "RS-SHOT-" + language.toUpperCase() + System.nanoTime() % 10000;
        Long serbia = jurisdictions.findByCode("RS").orElseThrow().getId();
        Long city = jurisdictions.create(new NewJurisdiction(code, "Šabac", "Шабац", JurisdictionLevel.CITY, serbia))
                .getId();
        String chair = account(code, "chair", ru ? "Милош Јанковић" : "Miloš Janković", Role.CHAIR, city, language);
        String member = account(code, "member", ru ? "Ана Петровић" : "Ana Petrović", Role.MEMBER, city, language);
        account(code, "member2", ru ? "Дејан Илић" : "Dejan Ilić", Role.MEMBER, city, language);
        String coordinator = account(code, "coordinator", ru ? "Јелена Марковић" : "Jelena Marković",
                Role.COORDINATOR, city, language);
        Long id = as(chair, () -> assessments.open(city, "preliminary", null, null)).getId();
        as(chair, () -> assessments.assign(id, Map.of(1, member, 2, member)));

        login(chair);
        open("tasks/" + task(chair, id, "Task_AssignEssentials").id());
        element(By.id("assignment-form"));
        shoot("assessment-assignment-task", language, null);
        logout();
        as(chair, () -> inbox.complete(task(chair, id, "Task_AssignEssentials").id(), "start", null, Map.of()));
        as(member, () -> assessments.answer(id, "P1.1", 1, null, null, null));

        as(member, () -> assessments.addEvidence(id, "P1.1", ru ? "Решение о плане 2021.pdf"
                : "City decree 2021.pdf", "%PDF-1.4\n%the city decree\n".repeat(2000).getBytes()));

        login(member);
        open("assessments/" + id + "?essential=1");
        element(By.id("evidence-files-P1.1"));
        shoot("assessment-evidence", language, By.id("evidence-files-P1.1"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                driver.findElement(By.id("mark-scored-1")));
        click(By.id("mark-scored-1"));
        element(By.id("unanswered-list"));
        shoot("assessment-mark-scored-warning", language, null);
        driver.findElements(By.cssSelector("[slot='cancel-button']")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElseThrow().click();
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
        ((JavascriptExecutor) driver).executeScript("const f = document.querySelector('#return-note-2 input');"
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
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('*').forEach(e => { const t = e.tagName.toLowerCase();"
                + " if (t.startsWith('vaadin-dev') || t.startsWith('copilot')) { e.style.display = 'none'; } });");
        for (boolean phone : new boolean[] {false, true}) {
            driver.manage().window().setSize(phone ? new Dimension(375, 812) : new Dimension(1400, 1000));
            Thread.sleep(700);
            if (scrollTo != null) {
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                        driver.findElement(scrollTo));
                Thread.sleep(300);
            }
            Files.write(dir.resolve(name + "-" + language + (phone ? "-phone" : "") + ".png"),
                    driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    private String account(String code, String role, String name, Role r, Long city, String language) {
        String username = role + "." + code.toLowerCase();
        var p = people.create(new NewPerson(username, name, null, "Test", language), passwords.hash("demo"), false);
        people.addMembership(p.getId(), r, city, null);
        return username;
    }

    private TaskItem task(String who, Long id, String taskKey) {
        return as(who, inbox::openTasks).stream()
                .filter(t -> String.valueOf(id).equals(t.subjectId()) && t.taskKey().equals(taskKey))
                .findFirst().orElseThrow();
    }
}
