package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.AssessmentState;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs after every other test class (junit-platform.properties): it moves the demo's Dushanbe on.
 * Dushanbe's chair starts the stage A assessment, a member scores Essential 1 on the scoring page,
 * the chair consolidates, Tajikistan's coordinator validates it and approves the stage, and Dushanbe
 * stands in stage B with its findings; Kraljevo's chair sees none of it.
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
class RoadmapJourneyTests extends BrowserTest {

    @Autowired
    JurisdictionDirectory directory;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskInbox inbox;
    @Autowired
    AssessmentService assessments;

    @Test
    void dushanbeAssessesItselfAndMovesFromKnowBetterToPlanBetter() {
        Long dushanbe = directory.findByCode("TJ-DYU").orElseThrow().getId();
        assertThat(directory.get(dushanbe).getStage()).isEqualTo(RoadmapStage.A);

        login("chair.dushanbe");
        open("tasks");
        openTask(taskOf(dushanbe, "Task_AssignEssentials").getId());
        assertThat(element(By.id("task-title")).getText()).isEqualTo("Assign the Essentials to scorers");
        click(By.id("outcome-start"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-grid")));
        logout();

        Long assessment = Long.valueOf((String) tasks.getVariable(taskOf(dushanbe, "Task_ScoreEssential").getId(),
                ProcessVariables.SUBJECT_ID));
        login("member.dushanbe");
        open("assessments/" + assessment + "?essential=1");
        chooseScore("P1.1", 1);
        chooseScore("P1.2", 2);
        chooseScore("P1.3", 2);
        wait.until(d -> as("member.dushanbe", () -> assessments.detail(assessment)).answers().size() == 3);
        String essentialOne = tasks.createTaskQuery().active()
                .processVariableValueEquals(ProcessVariables.JURISDICTION_ID, dushanbe).list().stream()
                .filter(t -> Integer.valueOf(1).equals(tasks.getVariable(t.getId(), "essential")))
                .findFirst().orElseThrow().getId();
        open("tasks");
        openTask(essentialOne);
        click(By.id("outcome-done"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-grid")));
        logout();
        // The other nine Essentials are scored by other members of the working group.
        for (Task t : tasks.createTaskQuery().active().taskDefinitionKey("Task_ScoreEssential")
                .processVariableValueEquals(ProcessVariables.JURISDICTION_ID, dushanbe).list()) {
            as("chair.dushanbe", () -> inbox.complete(t.getId(), "done", null, Map.of()));
        }

        login("chair.dushanbe");
        open("tasks");
        openTask(taskOf(dushanbe, "Task_Consolidate").getId());
        click(By.id("outcome-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-grid")));
        logout();

        login("coordinator.tajikistan");
        open("tasks");
        openTask(taskOf(dushanbe, "Task_Validate").getId());
        type(By.cssSelector("#task-comment textarea"), "Validated: scores and evidence agreed at the workshop.");
        click(By.id("outcome-validate"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-grid")));
        openTask(taskOf(dushanbe, "Task_StageAGate").getId());
        assertThat(element(By.id("task-title")).getText()).isEqualTo("Approve the Know Better stage");
        assertThat(element(By.id("task-comments")).getText()).contains("scores and evidence agreed");
        click(By.id("outcome-approve"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-grid")));

        open("jurisdictions/" + dushanbe);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jurisdiction-stage"), "Plan Better"));
        assertThat(directory.get(dushanbe).getStage()).isEqualTo(RoadmapStage.B);
        open("assessments/" + assessment);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "P1.1"));
        assertThat(element(By.id("assessment-state")).getText()).isEqualTo("Validated");
        assertThat(as("coordinator.tajikistan", () -> assessments.detail(assessment)).assessment().getState())
                .isEqualTo(AssessmentState.VALIDATED);
        logout();

        login("chair.kraljevo");
        open("assessments/" + assessment);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "does not exist"));
        open("jurisdictions/" + dushanbe);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "does not exist"));
    }

    private void chooseScore(String code, int score) {
        click(By.cssSelector("[id='score-" + code + "'] vaadin-radio-button:nth-of-type(" + (score + 1) + ")"));
    }

    /** Clicks the task's Open link in the inbox grid, once the grid shows it. */
    private void openTask(String taskId) {
        WebElement link = wait.until(d -> d.findElements(By.id("open-task-" + taskId)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        link.click();
        waitForServer();
    }

    private Task taskOf(Long jurisdictionId, String taskKey) {
        return tasks.createTaskQuery().active().taskDefinitionKey(taskKey)
                .processVariableValueEquals(ProcessVariables.JURISDICTION_ID, jurisdictionId).list().get(0);
    }
}
