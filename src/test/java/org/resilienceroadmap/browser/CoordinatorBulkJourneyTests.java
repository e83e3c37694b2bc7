package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resilienceroadmap.support.ActionDriver.COORDINATOR;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.action.ActionPlanImport;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator's working day with a whole plan: the chair imports 20 actions through the register's
 * import panel, the coordinator picks them by their plan in the inbox and approves them with one
 * comment — one of them another coordinator took first, and the page says so — and the owner's
 * tasks open the exact action. Each on a fresh city with its own adopted strategy.
 */
class CoordinatorBulkJourneyTests extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actions;

    @Autowired
    ActionService actionService;

    @Autowired
    org.resilienceroadmap.action.ActionPlanReviews reviews;

    @Autowired
    TaskInbox inbox;

    @Autowired
    AuditLog audit;

    @Autowired
    PeopleDirectory people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theChairImportsAPlanAndTheCoordinatorApprovesItInOneGo() throws IOException {
        TestCity city = fixtures.newCity();
        Long strategy = actions.adoptedStrategy(city);
        Long objective = actions.objectiveOf(strategy, city.chair());
        String colleague = fixtures.anotherAccount(city, Role.COORDINATOR);

        // The chair imports the plan from the register opened from the adopted strategy.
        login(city.chair());
        open("actions?strategy=" + strategy);
        click(By.cssSelector("#import > vaadin-details-summary"));
        Path file = Files.createTempFile("plan", ".csv");
        Files.writeString(file, planCsv(objective, city.chair(), 20), StandardCharsets.UTF_8);
        WebElement upload =
                element(By.id("plan-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        upload.sendKeys(file.toAbsolutePath().toString());
        click(By.id("import-plan"));
        wait.until(d -> count("select count(*) from action where strategy_id = ?", strategy) == 20);
        logout();
        // The working group accepts the whole plan (60,000 EUR and more a row: the coordinator approves each).
        Long review = jdbc.queryForObject(
                "select max(plan_review_id) from action where strategy_id = ?", Long.class, strategy);
        as(city.chair(), () -> reviews.acceptRemaining(review));
        TaskItem planReview = as(city.chair(), inbox::openTasks).stream()
                .filter(t ->
                        t.taskKey().equals("Task_ReviewPlan") && t.subjectId().equals(String.valueOf(review)))
                .findFirst()
                .orElseThrow();
        as(city.chair(), () -> {
            inbox.complete(planReview.id(), "decide", null, java.util.Map.of());
            return null;
        });

        // The coordinator picks the plan in the inbox: the filter goes into the address.
        login(COORDINATOR);
        open("tasks");
        WebElement plan = element(By.cssSelector("#task-filter-plan input"));
        plan.sendKeys(city.code());
        click(By.xpath("//vaadin-combo-box-item[contains(., '" + city.code() + "')]"));
        wait.until(d -> d.getCurrentUrl().contains("plan=STRATEGY"));
        driver.navigate().refresh();
        wait.until(d -> shownTasks().size() == 20);
        assertThat(element(By.cssSelector("#task-filter-plan input")).getAttribute("value"))
                .contains(city.code());
        // One ticked by hand, then every task on the page from the header's checkbox.
        click(By.cssSelector("#task-table tbody input[type=checkbox]"));
        wait.until(ExpectedConditions.textToBe(By.id("bulk-count"), "1 selected"));
        click(By.cssSelector("#task-table thead input[type=checkbox]"));
        wait.until(ExpectedConditions.textToBe(By.id("bulk-count"), "20 selected"));
        click(By.cssSelector("#task-table thead input[type=checkbox]"));
        wait.until(ExpectedConditions.textToBe(By.id("bulk-count"), "0 selected"));

        click(By.id("bulk-select-all"));
        wait.until(ExpectedConditions.textToBe(By.id("bulk-count"), "20 selected"));
        type(By.cssSelector("#bulk-comment textarea"), "Approved as agreed at the plan review.");
        shot("inbox-bulk-selection", 1400);
        shot("inbox-bulk-selection-phone", 375);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        // Another coordinator of the city takes one while the page is open.
        Long siren5 = jdbc.queryForObject(
                "select id from action where strategy_id = ? and title = 'Siren 05'", Long.class, strategy);
        TaskItem taken = actions.task(COORDINATOR, siren5, "Task_ApproveAction");
        as(colleague, () -> inbox.claim(taken.id()));
        click(By.id("bulk-outcome-approve"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bulk-refused")));
        assertThat(driver.findElements(By.cssSelector("#bulk-done li"))).hasSize(19);
        assertThat(element(By.id("bulk-refused")).getText())
                .contains("Siren 05")
                .contains(colleague + " had taken this task first.");
        assertThat(element(By.id("bulk-summary")).getText()).isEqualTo("Approve: 19 done, 1 refused");
        shot("inbox-bulk-result", 1400);
        shot("inbox-bulk-result-phone", 375);
        driver.manage().window().setSize(new Dimension(1400, 1000));

        assertThat(count("select count(*) from action where strategy_id = ? and status = 'APPROVED'", strategy))
                .isEqualTo(19);
        assertThat(jdbc.queryForList(
                        "select title from action where strategy_id = ? and status = 'PROPOSED'",
                        String.class,
                        strategy))
                .containsExactly("Siren 05");
        for (Long id : jdbc.queryForList(
                "select id from action where strategy_id = ? and status = 'APPROVED'", Long.class, strategy)) {
            assertThat(audit.history(ActionService.SUBJECT_TYPE, String.valueOf(id)))
                    .filteredOn(r -> r.getAction().equals("action:approve"))
                    .singleElement()
                    .satisfies(r -> assertThat(r.getComment()).isEqualTo("Approved as agreed at the plan review."));
        }
        logout();

        // The owner's task opens the exact action.
        login(city.chair());
        open("tasks?city=" + city.id());
        type(By.cssSelector("#task-search input"), "Siren 07");
        wait.until(d -> shownTasks().size() == 1);
        shownTasks().get(0).click();
        waitForServer();
        click(By.id("task-subject"));
        Long siren7 = jdbc.queryForObject(
                "select id from action where strategy_id = ? and title = 'Siren 07'", Long.class, strategy);
        wait.until(d -> d.getCurrentUrl().endsWith("/actions/" + siren7));
    }

    @Test
    void aRussianSpeakingCoordinatorReadsTheSelectionAndTheResultInRussian() throws IOException {
        TestCity city = fixtures.newCity();
        Long strategy = actions.adoptedStrategy(city);
        Long objective = actions.objectiveOf(strategy, city.member());
        as(
                        city.member(),
                        () -> actionService.proposeAll(
                                strategy,
                                IntStream.rangeClosed(1, 6)
                                        .mapToObj(i -> actions.spec(
                                                objective,
                                                city.member(),
                                                "Сирены, квартал " + i,
                                                LocalDate.now(Days.ZONE).plusYears(1)))
                                        .toList()))
                .forEach(a -> actions.accept(city, a.getId()));
        String russian = fixtures.anotherAccount(city, Role.COORDINATOR);
        people.findByUsername(russian).ifPresent(p -> people.changeLanguage(p.getId(), "ru"));

        login(russian);
        open("tasks?plan=STRATEGY:" + strategy);
        wait.until(d -> shownTasks().size() == 6);
        click(By.id("bulk-select-all"));
        wait.until(ExpectedConditions.textToBe(By.id("bulk-count"), "Выбрано: 6"));
        type(By.cssSelector("#bulk-comment textarea"), "Согласовано на совещании по плану.");
        shot("inbox-bulk-selection-ru", 1400);
        shot("inbox-bulk-selection-ru-phone", 375);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        String first = as(russian, () -> inbox.openTasks()).stream()
                .filter(t -> String.valueOf(strategy).equals(planOf(t)))
                .findFirst()
                .orElseThrow()
                .id();
        as(COORDINATOR, () -> inbox.claim(first));
        click(By.id("bulk-outcome-approve"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bulk-refused")));
        assertThat(element(By.id("bulk-summary")).getText()).isEqualTo("Утвердить: выполнено 5, отклонено 1");
        assertThat(element(By.id("bulk-refused")).getText()).contains("уже взял(а) эту задачу");
        shot("inbox-bulk-result-ru", 1400);
        shot("inbox-bulk-result-ru-phone", 375);
    }

    /** The open-task links of the rows the table shows. */
    private List<WebElement> shownTasks() {
        return driver.findElements(By.cssSelector("#task-table a.open-task")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    private String planOf(TaskItem task) {
        return jdbc.queryForObject(
                "select cast(strategy_id as varchar) from action where id = ?",
                String.class,
                Long.valueOf(task.subjectId()));
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    /** The plan as a chair fills the template: one action a row, "Siren 01" to "Siren nn", owned by the chair. */
    private static String planCsv(Long objective, String owner, int rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", ActionPlanImport.COLUMNS));
        for (int i = 1; i <= rows; i++) {
            lines.add(String.join(
                    ",",
                    List.of(
                            String.valueOf(objective),
                            String.format("Siren %02d", i),
                            "Sirens and drills in district " + i,
                            "Civil protection",
                            owner,
                            "2026-01-15",
                            "2027-06-30",
                            String.valueOf(60000 + i * 500),
                            "EUR",
                            "",
                            "1;3",
                            "",
                            "1;4")));
        }
        return String.join("\n", lines) + "\n";
    }

    /** A screenshot at this width, kept under target/screenshots (the good ones go to docs/screenshots). */
    private void shot(String name, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, width < 600 ? 1400 : 1200));
        waitForServer();
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The development-mode badge is no part of the page.
        driver.executeScript("document.querySelectorAll('vaadin-dev-tools').forEach(e => e.remove())");
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
