package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.strategy.process.StrategyReviewProcess;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.ActionScene;
import org.resilienceroadmap.support.AssessmentDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every main page, as the role that uses it, passes axe-core's WCAG 2.1 A and AA rules with nothing
 * serious or critical: sign-in, home, inbox, the task page of each kind, jurisdictions, scoring,
 * results, the strategy editor, versions and their comparison, the action register, an action, the
 * timeline, a programme's dashboard and indicators, administration; the charts' tables of figures open. The data is built once through
 * the services and one browser walks the pages; every finding is listed before the test fails.
 */
class AccessibilityTests extends BrowserTest {

    private static final String COORDINATOR = ActionDriver.COORDINATOR;
    private static final LocalDate TODAY = LocalDate.now(Days.ZONE);

    @Autowired
    ApplicationContext context;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentDriver assessmentDriver;

    @Autowired
    StrategyDriver strategyDriver;

    @Autowired
    ActionDriver actionDriver;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentReads assessmentReads;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    TaskInbox inbox;

    @Autowired
    org.resilienceroadmap.action.ActionService actions;

    private final Axe axe = new Axe();
    private final List<String> found = new ArrayList<>();

    @Test
    void everyMainPageMeetsWcag21AaForItsRole() {
        // Scoring under way: the member's scoring page and task; later the coordinator's validation.
        TestCity scoring = fixtures.newCity();
        Long scored = as(scoring.chair(), () -> assessments.open(scoring.id(), "preliminary", null, null))
                .getId();
        complete(scoring.chair(), scored, "Task_AssignEssentials", "start");
        as(scoring.member(), () -> assessments.answer(scored, "P1.1", 2, null, null, null));
        // Validated through the roadmap: results and the stage gate.
        TestCity gated = fixtures.newCity();
        as(COORDINATOR, () -> roadmap.join(gated.id(), TODAY.minusMonths(3)));
        assessmentDriver.passAssessment(gated.id(), gated.chair(), COORDINATOR);
        Long validated = as(gated.chair(), () -> assessmentReads.ofJurisdiction(gated.id()))
                .get(0)
                .getId();
        TaskItem gate = as(COORDINATOR, inbox::openTasks).stream()
                .filter(t -> t.taskKey().equals("Task_StageAGate") && gated.id().equals(t.jurisdictionId()))
                .findFirst()
                .orElseThrow();
        // A draft in the editor; a strategy in its second version under review.
        TestCity drafting = fixtures.newCity();
        Long draft = strategyDriver.current(drafting.id(), drafting.chair()).getId();
        strategyDriver.draft(draft, drafting.chair(), "# Strategy\n\nReduce flood risk.");
        TestCity reviewing = fixtures.newCity();
        Long reviewed =
                strategyDriver.current(reviewing.id(), reviewing.chair()).getId();
        strategyDriver.draft(reviewed, reviewing.chair(), "# Strategy\n\nReduce flood risk.");
        strategyDriver.submit(reviewed, reviewing.chair(), List.of(reviewing.member()));
        strategyDriver.decide(
                reviewing.member(),
                reviewing.id(),
                StrategyReviewProcess.TASK_REVIEW,
                "request-changes",
                "Name the districts that flood.");
        strategyDriver.decide(
                reviewing.chair(),
                reviewing.id(),
                StrategyReviewProcess.TASK_CONSOLIDATE,
                "request-changes",
                "Agreed.");
        strategyDriver.draft(reviewed, reviewing.chair(), "# Strategy\n\nReduce flood risk in Old Town and Riverside.");
        strategyDriver.submit(reviewed, reviewing.chair(), List.of(reviewing.member()));
        // Actions under an adopted strategy with a programme.
        ActionScene scene = ActionScene.prepare(context);
        Action proposed = actionDriver.propose(scene.city(), scene.strategy(), "Flood walls", TODAY.plusYears(1));
        Action underWay = actionDriver.approved(scene.city(), scene.strategy(), "Sirens", TODAY.plusMonths(6));
        // An imported plan waiting for the working group's review, decided row by row on its task.
        Long objective = actionDriver.objectiveOf(scene.strategy(), scene.city().member());
        Long plan = as(
                        scene.city().member(),
                        () -> actions.proposePlan(
                                scene.strategy(),
                                "plan.xlsx",
                                List.of(actionDriver.spec(
                                        objective, scene.city().member(), "Drills", TODAY.plusMonths(8)))))
                .getId();

        open("login");
        check("sign-in", By.cssSelector("vaadin-login-form"));

        login(scoring.member());
        check("home", By.id("home-tasks"));
        open("tasks");
        check("inbox", By.id("task-table"));
        open("assessments/" + scored + "?essential=1");
        check("scoring", By.id("question-P1.1"));
        open("tasks/" + task(scoring.member(), scored, "Task_ScoreEssential").id());
        check("task: score an Essential", By.id("task-title"));
        logout();

        login(scoring.coordinator());
        completeAll(scoring.member(), scored, "Task_ScoreEssential", "done");
        complete(scoring.chair(), scored, "Task_Consolidate", "submit");
        open("tasks/" + task(scoring.coordinator(), scored, "Task_Validate").id());
        check("task: validate an assessment", By.id("task-title"));
        logout();

        login(COORDINATOR);
        check("home with the stages' funnel", By.id("home-tasks"));
        open("tasks/" + gate.id());
        check("task: stage gate", By.id("task-title"));
        open("assessments/" + validated);
        check("results", By.id("findings"));
        open("jurisdictions");
        check("jurisdictions", By.id("jurisdiction-tree"));
        open("jurisdictions/" + gated.id());
        check("jurisdiction", By.id("jurisdiction-stage"));
        open("tasks/"
                + actionDriver
                        .task(COORDINATOR, proposed.getId(), ActionProcess.TASK_APPROVE)
                        .id());
        check("task: approve an action", By.id("action-task-context"));
        open("programmes/" + scene.programme().getId());
        check("programme dashboard", By.id("programme-title"));
        click(By.cssSelector("#stage-funnel-figures vaadin-details-summary"));
        check("programme funnel's figures", By.cssSelector("#stage-funnel-figures table"));
        click(By.xpath("//vaadin-tab[contains(., 'Indicators')]"));
        check("programme indicators", By.id("programme-title"));
        logout();

        login(drafting.chair());
        open("strategies/" + draft);
        check("strategy editor", By.id("draft-content"));
        logout();

        login(reviewing.member());
        open("tasks/"
                + strategyDriver
                        .task(reviewing.member(), reviewing.id(), StrategyReviewProcess.TASK_REVIEW)
                        .id());
        check("task: review a strategy", By.id("task-title"));
        open("strategies/" + reviewed + "?tab=versions");
        check("versions", By.id("versions"));
        click(By.id("compare-versions"));
        check("version comparison", By.id("version-diff"));
        logout();

        login(scene.city().chair());
        open("actions?strategy=" + scene.strategy());
        check("action register", By.id("actions"));
        open("actions/" + underWay.getId());
        check("action", By.id("action-title"));
        open("strategies/" + scene.strategy() + "/timeline");
        check("timeline", By.id("timeline-title"));
        click(By.cssSelector("#gantt-figures vaadin-details-summary"));
        check("timeline's figures", By.cssSelector("#gantt-figures table"));
        open("tasks/"
                + as(scene.city().chair(), inbox::openTasks).stream()
                        .filter(t -> t.taskKey().equals(ActionProcess.TASK_REVIEW_PLAN)
                                && t.subjectId().equals(String.valueOf(plan)))
                        .findFirst()
                        .orElseThrow()
                        .id());
        check("task: review an imported plan", By.id("plan-rows"));
        open("my-actions");
        check("my actions", By.id("my-actions"));
        open("notifications");
        check("notifications", By.id("notification-grid"));
        logout();

        login("donor.eu");
        check("home as a donor", By.id("programme-dashboard-link"));
        open("programmes");
        check("programmes", By.id("programmes"));
        open("portfolio");
        check("portfolio", By.id("portfolio"));
        open("comparison");
        check("cities side by side", By.id("heat-map"));
        open("account/tokens");
        check("API tokens", By.id("api-tokens"));
        logout();

        // Serbia's cities have validated scores: the heat map's coloured cells and their marks.
        login("coordinator.serbia");
        open("comparison");
        check("cities side by side, scored", By.cssSelector("#heat-map a"));
        logout();

        login("admin");
        open("admin/directory");
        check("administration: directory", By.cssSelector("vaadin-tabs"));
        open("admin/audit");
        check("administration: audit", By.id("audit-grid"));
        open("admin/scorecards");
        check("administration: scorecards", By.id("scorecard-templates"));
        open("admin/incidents");
        check("administration: engine incidents", By.id("incidents"));

        assertThat(found)
                .as("axe-core found on the pages:%n%s", String.join("\n", found))
                .isEmpty();
    }

    /** Waits for the page to show what it is for, then lets axe look at it. */
    private void check(String page, By ready) {
        wait.until(ExpectedConditions.presenceOfElementLocated(ready));
        waitForServer();
        List<String> here = axe.violations(driver, page);
        here.forEach(System.out::println);
        found.addAll(here);
    }

    private void complete(String who, Long assessment, String taskKey, String outcome) {
        as(who, () -> inbox.complete(task(who, assessment, taskKey).id(), outcome, null, Map.of()));
    }

    /** Completes every open task of this key on the assessment that {@code who} may do. */
    private void completeAll(String who, Long assessment, String taskKey, String outcome) {
        as(who, inbox::openTasks).stream()
                .filter(t -> String.valueOf(assessment).equals(t.subjectId())
                        && t.taskKey().equals(taskKey))
                .forEach(t -> as(who, () -> inbox.complete(t.id(), outcome, null, Map.of())));
    }

    private TaskItem task(String who, Long assessment, String taskKey) {
        return as(who, inbox::openTasks).stream()
                .filter(t -> String.valueOf(assessment).equals(t.subjectId())
                        && t.taskKey().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError(who + " has no " + taskKey));
    }
}
