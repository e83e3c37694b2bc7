package org.resilienceroadmap.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/** The scoring page saves as the workshop scores, and never hides that someone else answered first. */
class AssessmentViewTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentReads assessmentReads;

    @Autowired
    TaskInbox inbox;

    @Autowired
    ScorecardTemplates templates;

    @Test
    void savesEachScoreAsItIsChosenAndShowsAnotherScorersNewerAnswer() {
        TestCity city = fixtures.newCity();
        Long id = as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null))
                .getId();
        var assign = as(city.chair(), () -> inbox.openTasks()).stream()
                .filter(t -> t.taskKey().equals(AssessmentProcess.TASK_ASSIGN))
                .findFirst()
                .orElseThrow();
        as(city.chair(), () -> inbox.complete(assign.id(), "start", null, Map.of()));

        login(city.member());
        UI.getCurrent().navigate("assessments/" + id, com.vaadin.flow.router.QueryParameters.of("essential", "1"));
        _setValue(radio("P1.1"), 2);
        _setValue(
                _get(_get(Div.class, spec -> spec.withId("question-P1.1")), TextArea.class),
                "Strategy drafted in 2021, not adopted");
        Answer saved =
                as(city.member(), () -> assessmentReads.detail(id)).answers().get(0);
        assertThat(saved.getScore()).isEqualTo(2);
        assertThat(saved.getComment()).isEqualTo("Strategy drafted in 2021, not adopted");

        // The chair scores P1.2 elsewhere while the member's page still shows it unanswered.
        as(city.chair(), () -> assessments.answer(id, "P1.2", 1, "Coordination is informal", null, null));
        _setValue(radio("P1.2"), 3);
        assertThat(radio("P1.2").getValue())
                .as("the page shows the chair's answer")
                .isEqualTo(1);
        assertThat(as(city.member(), () -> assessmentReads.detail(id)).answers())
                .filteredOn(a -> a.getQuestionCode().equals("P1.2"))
                .singleElement()
                .satisfies(a -> assertThat(a.getScore()).isEqualTo(1));

        UI.getCurrent().navigate("jurisdictions");
        UI.getCurrent().navigate("assessments/" + id);
        @SuppressWarnings("unchecked")
        Grid<EssentialScore> table = _get(Grid.class, spec -> spec.withId("score-table"));
        assertThat(GridKt._findAll(table)).hasSize(11);
        assertThat(GridKt._get(table, 0)).isEqualTo(new EssentialScore(1, 3, 6, 9, 2, 3, 50.0));
        assertThat(_get(Div.class, spec -> spec.withId("score-chart"))
                        .getElement()
                        .getProperty("innerHTML"))
                .contains("<svg")
                .contains("class='bar'");
    }

    @Test
    void showsNothingToAKraljevoChair() {
        TestCity city = fixtures.newCity();
        Long id = as(city.chair(), () -> assessments.open(city.id(), "public-health", null, null))
                .getId();
        login("chair.kraljevo");
        UI.getCurrent().navigate("assessments/" + id);
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText())
                .isEqualTo("This assessment does not exist or is outside your scope.");
    }

    @Test
    void letsTheChairReviseProposedFindingsAndAddOwnWhileConsolidating() {
        TestCity city = fixtures.newCity();
        Long id = as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null))
                .getId();
        completeAll(city.chair(), AssessmentProcess.TASK_ASSIGN, "start");
        as(city.chair(), () -> assessments.answer(id, "P3.2", 0, "No contingency fund", null, null));
        completeAll(city.chair(), AssessmentProcess.TASK_SCORE, "done");

        login(city.chair());
        UI.getCurrent().navigate("assessments/" + id);
        Finding proposed =
                as(city.chair(), () -> assessmentReads.detail(id)).findings().get(0);
        assertThat(proposed.getQuestionCode()).isEqualTo("P3.2");
        var editor = _get(
                        com.vaadin.flow.component.button.Button.class,
                        spec -> spec.withId("save-finding-" + proposed.getId()))
                .getParent()
                .orElseThrow();
        var areas = com.github.mvysny.kaributesting.v10.LocatorJ._find(editor, TextArea.class);
        _setValue(areas.get(0), "No ring-fenced DRR budget or contingency fund");
        _setValue(areas.get(1), "Create a DRR budget line in the 2026 city budget");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(
                com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("save-finding-" + proposed.getId())));

        var findings = as(city.chair(), () -> assessmentReads.detail(id)).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getGap()).isEqualTo("No ring-fenced DRR budget or contingency fund");
            assertThat(f.getRecommendation()).isEqualTo("Create a DRR budget line in the 2026 city budget");
        });
    }

    @Test
    void letsTheChairOpenThePublicHealthAddendumFromTheJurisdictionsAssessments() {
        TestCity city = fixtures.newCity();
        login(city.member());
        UI.getCurrent().navigate("jurisdictions/" + city.id() + "/assessments");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<ScorecardTemplate> template =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("new-assessment-template"));
        _setValue(template, templates.get("public-health"));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("open-assessment")));
        assertThat(as(city.chair(), () -> assessmentReads.ofJurisdiction(city.id())))
                .as("a member may not open one")
                .isEmpty();

        login(city.chair());
        UI.getCurrent().navigate("jurisdictions");
        UI.getCurrent().navigate("jurisdictions/" + city.id() + "/assessments");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<ScorecardTemplate> chosen =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("new-assessment-template"));
        _setValue(chosen, templates.get("public-health"));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("open-assessment")));
        assertThat(as(city.chair(), () -> assessmentReads.ofJurisdiction(city.id())))
                .singleElement()
                .satisfies(a -> assertThat(a.getTemplateId()).isEqualTo("public-health"));
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("assessment-title"))
                        .getText())
                .startsWith("Public health");
    }

    private void completeAll(String who, String taskKey, String outcome) {
        for (var t : as(who, () -> inbox.openTasks())) {
            if (t.taskKey().equals(taskKey)) {
                as(who, () -> inbox.complete(t.id(), outcome, null, Map.of()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> radio(String code) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("score-" + code));
    }
}
