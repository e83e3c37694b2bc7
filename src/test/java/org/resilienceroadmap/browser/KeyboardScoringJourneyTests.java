package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.resilienceroadmap.assessment.Answer;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A working-group member scores every question of Essential 1 and marks it scored with the keyboard
 * alone: Tab and Shift+Tab to move, Space and the arrows to choose a score, Enter to press a button,
 * all sent to whatever has the focus, never a click. Wherever the focus goes, it is visible.
 */
class KeyboardScoringJourneyTests extends BrowserTest {

    /** More presses than the page has stops before what is wanted: a lost focus fails instead of looping. */
    private static final int MAX_TABS = 150;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentReads assessmentReads;

    @Autowired
    TaskInbox inbox;

    @Test
    void aMemberScoresAnEssentialAndMarksItScoredWithTheKeyboardAlone() {
        TestCity city = fixtures.newCity();
        Long id = as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null))
                .getId();
        TaskItem assign = tasks(city.chair(), id, "Task_AssignEssentials").get(0);
        as(city.chair(), () -> inbox.complete(assign.id(), "start", null, Map.of()));

        login(city.member());
        open("assessments/" + id + "?essential=1");
        element(By.id("question-P1.1"));
        waitForServer();
        List<String> codes = driver.findElements(By.cssSelector(".question-card")).stream()
                .map(e -> e.getAttribute("id").substring("question-".length()))
                .filter(c -> c.startsWith("P1."))
                .toList();
        assertThat(codes).hasSizeGreaterThan(1);

        Map<String, Integer> chosen = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            int score = (i + 2) % 4;
            tabTo("the first score of " + code, "[id='score-" + code + "']");
            assertFocusVisible(code);
            // Space checks the focused radio (score 0); each arrow checks the next score.
            keys(Keys.SPACE);
            for (int s = 0; s < score; s++) {
                keys(Keys.ARROW_DOWN);
            }
            waitForServer();
            chosen.put(code, score);
        }
        // One step back and forth with Shift+Tab leaves the last choice as it was.
        keys(Keys.chord(Keys.SHIFT, Keys.TAB));
        waitForServer();
        wait.until(d -> stored(city.member(), id).equals(chosen));

        tabTo("the mark-scored button", "#mark-scored-1");
        assertFocusVisible("mark-scored-1");
        keys(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("[slot='confirm-button']")).stream()
                .anyMatch(WebElement::isDisplayed));
        tabTo("the confirm button", "[slot='confirm-button']");
        assertFocusVisible("confirm");
        keys(Keys.ENTER);
        waitForServer();

        wait.until(d -> scoringTaskOfEssentialOne(city.member(), id) == null);
        assertThat(stored(city.member(), id)).isEqualTo(chosen);
        assertThat(as(city.member(), () -> assessmentReads.unanswered(id, 1))).isEmpty();
    }

    /** Presses Tab until the focus is inside an element that matches the selector. */
    private void tabTo(String what, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(
                    js("const a = document.activeElement;" + " return !!a && !!a.closest(arguments[0]);", selector))) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError(MAX_TABS + " presses of Tab never reached " + what + "; the focus is on "
                + js("const a = document.activeElement; return a ? a.outerHTML.slice(0, 200) : 'nothing';"));
    }

    /**
     * The focused element shows it has the focus from the keyboard: it matches :focus-visible (or its
     * Vaadin host carries focus-ring, the same state) and an outline or a ring (box-shadow) is drawn on
     * it or on a part of its host.
     */
    private void assertFocusVisible(String where) {
        Object seen = js("""
                const a = document.activeElement;
                const host = a.closest('vaadin-radio-button, vaadin-button, vaadin-checkbox') || a;
                const keyboard = a.matches(':focus-visible') || host.hasAttribute('focus-ring');
                const parts = [a, host, ...(host.shadowRoot ? host.shadowRoot.querySelectorAll('[part]') : [])];
                const drawn = parts.some(e => { const s = getComputedStyle(e);
                    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                        || (s.boxShadow && s.boxShadow !== 'none'); });
                return keyboard && drawn ? 'visible' : 'keyboard=' + keyboard + ' drawn=' + drawn + ' on '
                    + a.outerHTML.slice(0, 160);
                """);
        assertThat(seen).as("the focus is visible at %s", where).isEqualTo("visible");
    }

    /** Sends the keys to whatever has the focus, as a person's keyboard does. */
    private void keys(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private Map<String, Integer> stored(String who, Long id) {
        return as(who, () -> assessmentReads.detail(id)).answers().stream()
                .filter(a -> a.getQuestionCode().startsWith("P1."))
                .collect(Collectors.toMap(Answer::getQuestionCode, Answer::getScore));
    }

    private TaskItem scoringTaskOfEssentialOne(String who, Long id) {
        return tasks(who, id, "Task_ScoreEssential").stream()
                .filter(t -> Integer.valueOf(1).equals(t.nameArgument()))
                .findFirst()
                .orElse(null);
    }

    private List<TaskItem> tasks(String who, Long id, String taskKey) {
        return as(who, inbox::openTasks).stream()
                .filter(t ->
                        String.valueOf(id).equals(t.subjectId()) && t.taskKey().equals(taskKey))
                .toList();
    }
}
