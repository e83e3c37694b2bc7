package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentState;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.strategy.StrategyDetail;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.StrategyState;
import org.resilienceroadmap.support.AssessmentDriver;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs after every other test class (junit-platform.properties): it moves the demo's Dushanbe on.
 * Each test may also run alone, in any order: one that needs Dushanbe in a later stage than it finds
 * it brings it there through the services first ({@link #bringDushanbeTo}). Dushanbe's chair starts the stage A assessment, a member scores Essential 1 on the scoring page,
 * the chair consolidates, Tajikistan's coordinator validates it and approves the stage, and Dushanbe
 * stands in stage B with its findings; Kraljevo's chair sees none of it.
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class RoadmapJourneyTests extends BrowserTest {

    @Autowired
    JurisdictionDirectory directory;

    @Autowired
    TaskService tasks;

    @Autowired
    TaskInbox inbox;

    @Autowired
    AssessmentReads assessments;

    @Autowired
    StrategyService strategies;

    @Autowired
    org.resilienceroadmap.action.ActionService actions;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @Autowired
    org.resilienceroadmap.strategy.StrategyAdoptions adoptions;

    private StrategyDriver strategyDriver;

    @org.junit.jupiter.api.BeforeEach
    void drivers() {
        strategyDriver = new StrategyDriver(strategies, adoptions, inbox);
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void dushanbeAssessesItselfAndMovesFromKnowBetterToPlanBetter() {
        Long dushanbe = directory.findByCode("TJ-DYU").orElseThrow().getId();
        assertThat(directory.get(dushanbe).getStage()).isEqualTo(RoadmapStage.A);

        login("chair.dushanbe");
        open("tasks");
        openTask(taskOf(dushanbe, "Task_AssignEssentials").getId());
        assertThat(element(By.id("task-title")).getText()).isEqualTo("Assign the Essentials to scorers");
        click(By.id("outcome-start"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
        logout();

        Long assessment = Long.valueOf((String)
                tasks.getVariable(taskOf(dushanbe, "Task_ScoreEssential").getId(), ProcessVariables.SUBJECT_ID));
        login("member.dushanbe");
        open("assessments/" + assessment + "?essential=1");
        chooseScore("P1.1", 1);
        chooseScore("P1.2", 2);
        chooseScore("P1.3", 2);
        wait.until(d -> as("member.dushanbe", () -> assessments.detail(assessment))
                        .answers()
                        .size()
                == 3);
        String essentialOne = tasks
                .createTaskQuery()
                .active()
                .processVariableValueEquals(ProcessVariables.JURISDICTION_ID, dushanbe)
                .list()
                .stream()
                .filter(t -> Integer.valueOf(1).equals(tasks.getVariable(t.getId(), "essential")))
                .findFirst()
                .orElseThrow()
                .getId();
        open("tasks");
        openTask(essentialOne);
        click(By.id("outcome-done"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
        logout();
        // The other nine Essentials are scored by other members of the working group.
        for (Task t : tasks.createTaskQuery()
                .active()
                .taskDefinitionKey("Task_ScoreEssential")
                .processVariableValueEquals(ProcessVariables.JURISDICTION_ID, dushanbe)
                .list()) {
            as("chair.dushanbe", () -> inbox.complete(t.getId(), "done", null, Map.of()));
        }

        login("chair.dushanbe");
        open("tasks");
        openTask(taskOf(dushanbe, "Task_Consolidate").getId());
        click(By.id("outcome-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
        logout();

        login("coordinator.tajikistan");
        open("tasks");
        openTask(taskOf(dushanbe, "Task_Validate").getId());
        type(By.cssSelector("#task-comment textarea"), "Validated: scores and evidence agreed at the workshop.");
        click(By.id("outcome-validate"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
        openTask(taskOf(dushanbe, "Task_StageAGate").getId());
        assertThat(element(By.id("task-title")).getText()).isEqualTo("Approve the Know Better stage");
        assertThat(element(By.id("task-comments")).getText()).contains("scores and evidence agreed");
        // The checklist is on the gate's page; where an item is open (the demo's working group has two
        // accounts of its forty people), the coordinator's reason lets the gate pass, and is audited.
        assertThat(element(By.id("gate-checklist")).getText()).contains("A validated scorecard assessment");
        overrideOpenGateItems("The 40-member working group meets outside the system.");
        click(By.id("outcome-approve"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));

        open("jurisdictions/" + dushanbe);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jurisdiction-stage"), "Plan Better"));
        assertThat(directory.get(dushanbe).getStage()).isEqualTo(RoadmapStage.B);
        open("assessments/" + assessment);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "P1.1"));
        assertThat(element(By.id("assessment-state")).getText()).isEqualTo("Validated");
        assertThat(as("coordinator.tajikistan", () -> assessments.detail(assessment))
                        .assessment()
                        .getState())
                .isEqualTo(AssessmentState.VALIDATED);
        logout();

        login("chair.kraljevo");
        open("assessments/" + assessment);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "does not exist"));
        open("jurisdictions/" + dushanbe);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "does not exist"));
    }

    /**
     * Stage B: the chair drafts the strategy the roadmap opened and submits it; the member asks for
     * changes, the chair agrees; the member revises, the chair submits version 2, the member approves
     * it, the chair sends it on, Tajikistan's coordinator approves it; the chair records the adoption
     * with the signed decision, the coordinator approves the stage, and Dushanbe is in stage C.
     */
    @Test
    @org.junit.jupiter.api.Order(2)
    void dushanbeDraftsRevisesAndAdoptsItsStrategyAndMovesToImplementBetter() throws java.io.IOException {
        Long dushanbe = bringDushanbeTo(RoadmapStage.B);
        assertThat(directory.get(dushanbe).getStage()).isEqualTo(RoadmapStage.B);
        Long id = as("chair.dushanbe", () -> strategies.ofJurisdiction(dushanbe))
                .get(0)
                .getId();

        login("chair.dushanbe");
        open("jurisdictions/" + dushanbe + "/strategies");
        click(By.linkText(
                as("chair.dushanbe", () -> strategies.detail(id)).strategy().getTitle()));
        type(By.cssSelector("#draft-content textarea"), "## Early warning\n\nSirens in every district.");
        click(By.id("add-objective"));
        type(By.cssSelector("#objective-title-0 input"), "Warn every household of mudflows and floods");
        click(By.id("save-draft"));
        wait.until(d -> as("chair.dushanbe", () -> strategies.detail(id))
                .strategy()
                .getContent()
                .contains("Sirens"));
        submitTo("Dilnoza Rahimova", "In review");
        logout();

        login("member.dushanbe");
        decideInInbox(dushanbe, "Task_ReviewVersion", "request-changes", "Name the districts and the mahallas.");
        logout();
        login("chair.dushanbe");
        decideInInbox(dushanbe, "Task_ConsolidateReview", "request-changes", "Agreed: list the districts.");
        logout();

        login("member.dushanbe");
        open("strategies/" + id);
        type(
                By.cssSelector("#draft-content textarea"),
                "## Early warning\n\nSirens in Sino, Firdavsi, Ismoili Somoni and Shohmansur.");
        click(By.id("save-draft"));
        wait.until(d -> as("member.dushanbe", () -> strategies.detail(id))
                .strategy()
                .getContent()
                .contains("Sino"));
        logout();

        login("chair.dushanbe");
        open("strategies/" + id);
        submitTo("Dilnoza Rahimova", "In review");
        logout();
        login("member.dushanbe");
        decideInInbox(dushanbe, "Task_ReviewVersion", "approve", "The districts are named now.");
        logout();
        login("chair.dushanbe");
        decideInInbox(dushanbe, "Task_ConsolidateReview", "send-for-approval", null);
        logout();
        login("coordinator.tajikistan");
        decideInInbox(dushanbe, "Task_ApproveStrategy", "approve", "Approved for the city hukumat.");
        logout();

        login("chair.dushanbe");
        open("strategies/" + id);
        click(By.xpath("//vaadin-tab[contains(., 'Adoption')]"));
        type(By.cssSelector("#adoption-reference input"), "Decision No. 512");
        type(By.cssSelector("#adoption-body input"), "Khukumat of Dushanbe");
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("decision", ".pdf");
        java.nio.file.Files.write(pdf, org.resilienceroadmap.support.StrategyDriver.PDF);
        WebElement file =
                element(By.id("adoption-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        file.sendKeys(pdf.toAbsolutePath().toString());
        wait.until(d -> d.findElement(By.id("adoption-upload"))
                        .getText()
                        .contains(pdf.getFileName().toString())
                || !d.findElements(By.cssSelector("#adoption-upload vaadin-upload-file[complete]"))
                        .isEmpty());
        click(By.id("record-adoption"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("strategy-state"), "Adopted"));
        click(By.xpath("//vaadin-tab[contains(., 'Versions')]"));
        click(By.id("compare-versions"));
        assertThat(element(By.id("version-diff")).getText())
                .contains("Sirens in every district")
                .contains("Sino");
        logout();

        login("coordinator.tajikistan");
        open("tasks");
        openTask(taskOf(dushanbe, "Task_StageBGate").getId());
        overrideOpenGateItems("Actions follow in stage C; the plan covers our Essentials.");
        click(By.id("outcome-approve"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
        open("jurisdictions/" + dushanbe);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jurisdiction-stage"), "Implement Better"));
        assertThat(directory.get(dushanbe).getStage()).isEqualTo(RoadmapStage.C);
        logout();

        StrategyDetail adopted = as("chair.dushanbe", () -> strategies.detail(id));
        assertThat(adopted.strategy().getState()).isEqualTo(StrategyState.ADOPTED);
        assertThat(adopted.versions())
                .extracting(v -> v.getDecision())
                .containsExactly("changes-requested", "approved");
        assertThat(adopted.adoption())
                .hasValueSatisfying(a -> assertThat(a.getDecisionReference()).isEqualTo("Decision No. 512"));

        login("chair.kraljevo");
        open("strategies/" + id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "does not exist"));
        open("jurisdictions/" + dushanbe + "/strategies");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "does not exist"));
    }

    /**
     * Stage C: a member proposes an action under the adopted strategy, Tajikistan's coordinator
     * approves it, the member (its owner) reports progress with a photo, the due date passes (the
     * engine clock moved) and the coordinator finds the overdue action in the inbox.
     */
    @Test
    @org.junit.jupiter.api.Order(3)
    void dushanbeCarriesOutAnActionThatGoesOverdueAndIsEscalated() throws java.io.IOException {
        Long dushanbe = bringDushanbeTo(RoadmapStage.C);
        assertThat(directory.get(dushanbe).getStage()).isEqualTo(RoadmapStage.C);
        Long strategy = as("member.dushanbe", () -> strategies.ofJurisdiction(dushanbe))
                .get(0)
                .getId();

        login("member.dushanbe");
        open("actions?strategy=" + strategy);
        type(By.cssSelector("#propose-title input"), "Sirens in Sino and Firdavsi districts");
        type(By.cssSelector("#propose-lead input"), "Committee of Emergency Situations, Dushanbe");
        WebElement owner = element(By.cssSelector("#propose-owner input"));
        // Owners are listed by name: member.dushanbe is Dilnoza Rahimova.
        owner.sendKeys("Dilnoza");
        click(By.xpath("//vaadin-combo-box-item[contains(., 'Dilnoza Rahimova')]"));
        setDate("propose-start", java.time.LocalDate.now(Days.ZONE));
        setDate("propose-due", java.time.LocalDate.now(Days.ZONE).plusMonths(3));
        type(By.cssSelector("#propose-budget input"), "58000");
        type(By.cssSelector("#propose-currency input"), "EUR");
        click(By.id("propose-action"));
        wait.until(d -> !as(
                        "member.dushanbe",
                        () -> actions.find(
                                new org.resilienceroadmap.action.ActionFilter(
                                        dushanbe, null, null, null, null, null, null, null),
                                org.springframework.data.domain.Pageable.unpaged()))
                .isEmpty());
        var action = as(
                        "member.dushanbe",
                        () -> actions.find(
                                new org.resilienceroadmap.action.ActionFilter(
                                        dushanbe, null, null, null, null, null, null, null),
                                org.springframework.data.domain.Pageable.unpaged()))
                .getContent()
                .get(0);
        logout();

        // The working group's chair accepts it; 58,000 EUR of local money then goes to the national coordinator.
        login("chair.dushanbe");
        decideInInbox(dushanbe, "Task_ReviewAction", "accept", null);
        logout();

        login("coordinator.tajikistan");
        decideInInbox(dushanbe, "Task_ApproveAction", "approve", "Funded from the city budget.");
        logout();

        login("member.dushanbe");
        open("actions/" + action.getId());
        type(By.cssSelector("#progress-percent input"), "40");
        type(By.cssSelector("#progress-narrative textarea"), "Twelve sirens installed and tested.");
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("siren", ".png");
        java.nio.file.Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        element(By.id("progress-upload"))
                .getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(photo.toAbsolutePath().toString());
        wait.until(d -> !d.findElements(By.cssSelector("#progress-upload vaadin-upload-file[complete]"))
                .isEmpty());
        click(By.id("report-progress"));
        wait.until(d -> as("member.dushanbe", () -> actions.detail(action.getId()))
                        .reports()
                        .size()
                == 1);
        assertThat(as("member.dushanbe", () -> actions.detail(action.getId()))
                        .reports()
                        .get(0)
                        .getEvidenceIds())
                .hasSize(1);
        logout();

        var instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey("action")
                .processInstanceBusinessKey(String.valueOf(action.getId()))
                .singleResult();
        try {
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                    java.util.Date.from(java.time.LocalDate.now(Days.ZONE)
                            .plusMonths(3)
                            .plusDays(2)
                            .atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant()));
            for (var job : management
                    .createJobQuery()
                    .processInstanceId(instance.getId())
                    .timers()
                    .executable()
                    .list()) {
                management.executeJob(job.getId());
            }
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }

        login("coordinator.tajikistan");
        open("tasks");
        openTask(taskOf(dushanbe, "Task_HandleOverdue").getId());
        assertThat(element(By.id("task-title")).getText()).isEqualTo("Decide on the overdue action");
        assertThat(element(By.id("outcome-extend")).isDisplayed()).isTrue();
        logout();

        login("chair.kraljevo");
        open("actions/" + action.getId());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "does not exist"));
    }

    /** Sets a date picker's value as a person choosing it would; the server hears the change. */
    private void setDate(String id, java.time.LocalDate date) {
        WebElement picker = element(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", picker, date.toString());
        waitForServer();
    }

    /**
     * The chair submits the saved draft to one reviewer, named as the dialog names people, and waits for
     * the new state; a reviewer of the last round is picked already.
     */
    private void submitTo(String reviewer, String state) {
        click(By.id("submit-strategy"));
        WebElement input = element(By.cssSelector("#submit-reviewers input"));
        if (element(By.id("submit-reviewers")).getText().contains(reviewer)) {
            click(By.id("submit-confirm"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("strategy-state"), state));
            return;
        }
        input.sendKeys(reviewer);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-multi-select-combo-box-item")));
        click(By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + reviewer + "')]"));
        // The overlay stays open after a pick and, on a slow machine, lies over the confirm button.
        input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(
                ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-multi-select-combo-box-item")));
        click(By.id("submit-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("strategy-state"), state));
    }

    private void decideInInbox(Long jurisdictionId, String taskKey, String outcome, String comment) {
        open("tasks");
        openTask(taskOf(jurisdictionId, taskKey).getId());
        if (comment != null) {
            type(By.cssSelector("#task-comment textarea"), comment);
        }
        click(By.id("outcome-" + outcome));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
    }

    private void chooseScore(String code, int score) {
        click(By.cssSelector("[id='score-" + code + "'] vaadin-radio-button:nth-of-type(" + (score + 1) + ")"));
    }

    /** Clicks the task's Open link in the inbox, once the inbox shows it. */
    private void openTask(String taskId) {
        openFromInbox(taskId);
    }

    /**
     * Dushanbe in {@code stage} at least: the stages before it passed through the services as the journeys
     * before would have (assessment validated, strategy adopted, each gate approved by Tajikistan's coordinator).
     */
    private Long bringDushanbeTo(RoadmapStage stage) {
        Long dushanbe = directory.findByCode("TJ-DYU").orElseThrow().getId();
        if (directory.get(dushanbe).getStage() == RoadmapStage.A && stage != RoadmapStage.A) {
            new AssessmentDriver(inbox).passAssessment(dushanbe, "chair.dushanbe", "coordinator.tajikistan");
            approveGate(dushanbe, "Task_StageAGate");
        }
        if (directory.get(dushanbe).getStage() == RoadmapStage.B && stage == RoadmapStage.C) {
            strategyDriver.adopt(dushanbe, "chair.dushanbe", "member.dushanbe", "coordinator.tajikistan");
            approveGate(dushanbe, "Task_StageBGate");
        }
        return dushanbe;
    }

    private void approveGate(Long jurisdictionId, String gate) {
        String coordinator = "coordinator.tajikistan";
        var task = as(coordinator, () -> inbox.openTasks()).stream()
                .filter(t -> gate.equals(t.taskKey()) && jurisdictionId.equals(t.jurisdictionId()))
                .findFirst()
                .orElseThrow();
        // Open checklist items (the demo's working group has two accounts) need the coordinator's reason.
        Map<String, Object> fields = task.declares("overrideReason")
                ? Map.of("overrideReason", "Brought here for a journey that runs alone")
                : Map.of();
        as(coordinator, () -> inbox.complete(task.id(), "approve", null, fields));
    }

    private Task taskOf(Long jurisdictionId, String taskKey) {
        return tasks.createTaskQuery()
                .active()
                .taskDefinitionKey(taskKey)
                .processVariableValueEquals(ProcessVariables.JURISDICTION_ID, jurisdictionId)
                .list()
                .get(0);
    }
}
