package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionPlanImport;
import org.resilienceroadmap.action.ActionPlanReviews;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.action.PlanDecision;
import org.resilienceroadmap.action.PlanReviewDetail;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An imported plan through its working group's review: a member uploads a small plan and imports it;
 * the chair opens the one review task from the inbox, declines a row with its reason, accepts the rest
 * with "Accept all remaining" and completes the review; each row goes on as decided.
 */
class PlanReviewJourneyTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(Days.ZONE);

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actionDriver;

    @Autowired
    ActionService actions;

    @Autowired
    ActionPlanReviews reviews;

    @Autowired
    TaskInbox inbox;

    private TestCity city;
    private Long strategy;

    @BeforeEach
    void aCityOfItsOwn() {
        city = fixtures.newCity();
        strategy = actionDriver.adoptedStrategy(city);
    }

    @Test
    void aMemberImportsAPlanAndTheChairReviewsItAsOne() throws IOException {
        Long objective = actionDriver.objectiveOf(strategy, city.member());
        Path plan = Files.createTempFile("kraljevo-plan", ".csv");
        Files.writeString(
                plan,
                csv(List.of(
                        row(objective, "Sirens in every district", "60000"),
                        row(objective, "A statue of the river god", "5000"),
                        row(objective, "Clear the drains", "9000"))),
                StandardCharsets.UTF_8);

        login(city.member());
        open("actions?strategy=" + strategy);
        click(By.cssSelector("#import vaadin-details-summary"));
        element(By.id("plan-upload"))
                .getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(plan.toAbsolutePath().toString());
        click(By.id("import-plan"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("plan-imported"), "Imported 3 actions; they wait for the working group's review."));
        logout();

        TaskItem task = SignedIn.as(city.chair(), inbox::openTasks).stream()
                .filter(t -> t.taskKey().equals(ActionProcess.TASK_REVIEW_PLAN))
                .findFirst()
                .orElseThrow();
        Long reviewId = Long.valueOf(task.subjectId());
        List<Long> ids = detail(reviewId).rows().stream().map(Action::getId).toList();
        assertThat(ids).hasSize(3);

        login(city.chair());
        open("tasks");
        click(By.id("open-task-" + task.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("task-title"), "Review the imported action plan"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("plan-undecided"), "3 rows have no decision yet"));
        Long statue = ids.get(1);
        type(By.cssSelector("#comment-" + statue + " input"), "Not a risk-reduction measure");
        click(By.id("decision-" + statue));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Decline']"));
        wait.until(d -> detail(reviewId).rows().get(1).getPlanDecision() == PlanDecision.DECLINE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("plan-undecided"), "2 rows have no decision yet"));

        click(By.id("plan-accept-remaining"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("plan-undecided"), "Every row has its decision"));
        click(By.id("outcome-decide"));
        wait.until(d -> detail(reviewId).review().isDecided());

        PlanReviewDetail decided = detail(reviewId);
        assertThat(decided.rows())
                .extracting(Action::getPlanDecision)
                .containsExactly(PlanDecision.ACCEPT, PlanDecision.DECLINE, PlanDecision.ACCEPT);
        assertThat(decided.rows().get(1).getPlanComment()).isEqualTo("Not a risk-reduction measure");
        assertThat(action(ids.get(0)).getAcceptedBy()).isEqualTo(city.chair());
        assertThat(action(ids.get(0)).getRoute().levelList()).as("60,000 EUR").containsExactly("national");
        actionDriver.task(ActionDriver.COORDINATOR, ids.get(0), ActionProcess.TASK_APPROVE);
        assertThat(action(ids.get(1)).getStatus()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(action(ids.get(2)).getStatus()).as("small and local").isEqualTo(ActionStatus.APPROVED);
        assertThat(SignedIn.as(city.chair(), inbox::openTasks))
                .as("the review is done")
                .noneMatch(t -> t.id().equals(task.id()));
    }

    private PlanReviewDetail detail(Long reviewId) {
        return SignedIn.as(city.chair(), () -> reviews.detail(reviewId));
    }

    private Action action(Long id) {
        return SignedIn.as(city.chair(), () -> actions.detail(id)).action();
    }

    private List<String> row(Long objective, String title, String budget) {
        return List.of(
                String.valueOf(objective),
                title,
                "Described",
                "Committee of Emergency Situations",
                city.member(),
                TODAY.toString(),
                TODAY.plusMonths(10).toString(),
                budget,
                "EUR",
                "",
                "2",
                "",
                "4");
    }

    private static String csv(List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(ActionPlanImport.COLUMNS);
        all.addAll(rows);
        return String.join("\r\n", all.stream().map(r -> String.join(",", r)).toList()) + "\r\n";
    }
}
