package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.springframework.beans.factory.annotation.Autowired;

/** Runs after every other test class (junit-platform.properties): it moves the demo's Dushanbe on.
 * Dushanbe's chair completes stage A's work, Tajikistan's coordinator approves it, Dushanbe stands in stage B. */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
class RoadmapJourneyTests extends BrowserTest {

    @Autowired
    JurisdictionDirectory directory;
    @Autowired
    TaskService tasks;

    /** Clicks the task's Open button in the inbox grid, once the grid shows it. */
    private void openTask(String taskId) {
        WebElement button = wait.until(d -> d.findElements(By.id("open-task-" + taskId)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        button.click();
        waitForServer();
    }

    private String openTaskOf(Long jurisdictionId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(jurisdictionId)).singleResult()
                .getId();
    }

    @Test
    void dushanbeMovesFromKnowBetterToPlanBetterInTheBrowser() {
        Long dushanbe = directory.findByCode("TJ-DYU").orElseThrow().getId();
        assertThat(directory.get(dushanbe).getStage()).isEqualTo(RoadmapStage.A);

        login("chair.dushanbe");
        open("tasks");
        openTask(openTaskOf(dushanbe));
        assertThat(element(By.id("task-title")).getText()).isEqualTo("Complete the Know Better work");
        type(By.cssSelector("#task-comment textarea"), "Scorecard workshop of 11–12 August 2021 held; gaps recorded.");
        click(By.id("outcome-complete"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-grid")));
        logout();

        login("coordinator.tajikistan");
        open("tasks");
        openTask(openTaskOf(dushanbe));
        assertThat(element(By.id("task-title")).getText()).isEqualTo("Approve the Know Better stage");
        assertThat(element(By.id("task-comments")).getText()).contains("Scorecard workshop of 11–12 August 2021");
        type(By.cssSelector("#task-comment textarea"), "Validated: the assessment covers all ten Essentials.");
        click(By.id("outcome-approve"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-grid")));

        open("jurisdictions/" + dushanbe);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jurisdiction-stage"), "Plan Better"));
        assertThat(element(By.id("stage-timeline")).getText()).contains("coordinator.tajikistan");
        assertThat(directory.get(dushanbe).getStage()).isEqualTo(RoadmapStage.B);
    }
}
