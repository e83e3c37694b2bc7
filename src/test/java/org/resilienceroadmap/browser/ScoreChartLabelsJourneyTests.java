package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.support.ActionScene;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Essentials' chart in Russian, whose names are about twice as long as the English: on a
 * 375 px phone and on a desktop, every name and every value ("нет оценок") lies inside the drawing
 * and inside its own area, clear of every bar, in letters large enough to read.
 */
class ScoreChartLabelsJourneyTests extends BrowserTest {

    /**
     * What does not fit in the chart that is shown: each text measured in the drawing's own units
     * against the drawing's width and the label area, and its box against every bar's.
     */
    private static final String MISFITS = """
            const svg = [...document.querySelectorAll('#score-chart svg')].find(s => s.getBoundingClientRect().width > 0);
            if (!svg) return ['no chart is shown'];
            const width = svg.viewBox.baseVal.width;
            const labelWidth = Number(svg.dataset.labelWidth);
            const scale = svg.getBoundingClientRect().width / width;
            const found = [];
            if (13 * scale < 11) found.push(svg.getAttribute('class') + ': letters of ' + (13 * scale).toFixed(1) + ' px');
            const bars = [...svg.querySelectorAll('rect')].map(r => r.getBBox());
            for (const t of svg.querySelectorAll('text')) {
              const b = t.getBBox();
              const said = '"' + t.textContent + '"';
              if (b.x < 0 || b.x + b.width > width + 0.5) found.push(said + ' passes the drawing: ' + b.x + '..' + (b.x + b.width) + ' of ' + width);
              if (t.classList.contains('label')) {
                for (const line of t.querySelectorAll('tspan')) {
                  if (line.getComputedTextLength() > labelWidth) found.push('"' + line.textContent + '" is ' + line.getComputedTextLength().toFixed(0) + ' wide, its area ' + labelWidth);
                }
                for (const r of bars) {
                  if (b.x < r.x + r.width && r.x < b.x + b.width && b.y < r.y + r.height && r.y < b.y + b.height) found.push(said + ' runs into a bar');
                }
              }
            }
            if (svg.getBoundingClientRect().right > window.innerWidth) found.push('the chart passes the screen');
            return found;
            """;

    @Autowired
    ApplicationContext context;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TaskInbox inbox;

    @Test
    void theRussianNamesAndNotScoredFitBesideOrAboveTheirBarsOnAPhoneAndADesktop() throws IOException {
        TestCity city = fixtures.newCity();
        Long id = SignedIn.as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null))
                .getId();
        var assign = SignedIn.as(city.chair(), inbox::openTasks).stream()
                .filter(t -> t.taskKey().equals(AssessmentProcess.TASK_ASSIGN))
                .findFirst()
                .orElseThrow();
        SignedIn.as(city.chair(), () -> {
            inbox.complete(assign.id(), "start", null, Map.of());
            return null;
        });
        SignedIn.as(city.member(), () -> assessments.answer(id, "P1.1", 2, null, null, null));
        for (String language : List.of("ru", "en")) {
            String reader =
                    ActionScene.person(context, city, "ru".equals(language) ? "Farhod Nazarov" : "Anna Berg", language);
            if ("en".equals(language)) {
                logout();
            }
            login(reader);
            look(id, language);
        }
    }

    private void look(Long id, String language) throws IOException {
        boolean ru = "ru".equals(language);
        for (int width : new int[] {375, 1400}) {
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
            open("assessments/" + id);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#score-chart svg")));
            waitForServer();
            String shown = wait.until(d -> (String) js("const s = [...document.querySelectorAll('#score-chart svg')]"
                    + ".find(s => s.getBoundingClientRect().width > 0); return s && s.getAttribute('class');"));
            assertThat(shown)
                    .as("the chart drawn for a %d px screen", width)
                    .isEqualTo(width < 500 ? "score-chart-narrow" : "score-chart-wide");
            assertThat(String.valueOf(js("return document.querySelector('#score-chart').textContent;")))
                    .contains(
                            ru ? "Организация работы по повышению" : "Organise for disaster resilience",
                            ru ? "нет оценок" : "not scored");
            js(
                    "document.querySelector('#score-chart').scrollIntoView();"
                            + "document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.style.display = 'none');");
            Path dir = Path.of("target", "journey-screens");
            Files.createDirectories(dir);
            Files.write(
                    dir.resolve("score-chart-" + language + "-" + width + ".png"),
                    driver.getScreenshotAs(OutputType.BYTES));
            @SuppressWarnings("unchecked")
            List<String> misfits = (List<String>) js(MISFITS);
            assertThat(misfits)
                    .as("what does not fit in the chart on a %d px screen", width)
                    .isEmpty();
            // The table under the chart: a card an Essential on the phone, columns on the desktop.
            wait.until(d -> d.findElements(By.cssSelector("#score-table .grid-card")).stream()
                            .anyMatch(c -> c.isDisplayed())
                    == width < 500);
            assertThat(((Number)
                                    js(
                                            "const g = document.querySelector('#score-table');"
                                                    + " const t = g.shadowRoot.querySelector('#table'); return t.scrollWidth - t.clientWidth;"))
                            .intValue())
                    .as("how far the table scrolls sideways on a %d px screen", width)
                    .isLessThanOrEqualTo(1);
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
