package org.resilienceroadmap.roadmap;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.process.RoadmapProcess;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/** The pages of an entry at stage B or C, of the time in each stage, and of the funnel of local governments. */
class RoadmapEntryViewsTests extends KaribuTest {

    @Autowired
    JurisdictionDirectory directory;

    @Autowired
    TaskInbox inbox;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    RoadmapEntries entries;

    @Autowired
    Fixtures fixtures;

    @Test
    void theCoordinatorValidatesPirotsEntryWithItsScorecardOnTheTasksPageAndMaySendItBackOnlyToStageA() {
        Long pirot = directory.findByCode("RS-PIR").orElseThrow().getId();
        login("coordinator.serbia");
        TaskItem validate = task("coordinator.serbia", pirot);
        assertThat(validate.taskKey()).isEqualTo(RoadmapProcess.TASK_VALIDATE_ENTRY);
        UI.getCurrent().navigate("tasks/" + validate.id());

        assertThat(_get(Anchor.class, spec -> spec.withId("entry-document")).getText())
                .contains("Pirot-preliminary-scorecard-2019.pdf");
        assertThat(_get(
                                com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                                spec -> spec.withId("roadmap-entry"))
                        .getElement()
                        .getTextRecursively())
                .contains("Joined on " + Days.format(Locale.ENGLISH, LocalDate.of(2021, 2, 1)) + " at B · Plan Better")
                .contains("awaiting a coordinator's validation")
                .contains("Dragana Ilić")
                .doesNotContain("chair.pirot");
        @SuppressWarnings("unchecked")
        Select<RoadmapStage> sendBackTo = _get(Select.class, spec -> spec.withId("entry-send-back-to"));
        assertThat(sendBackTo.getListDataView().getItems().toList()).containsExactly(RoadmapStage.A);
        assertThat(_find(Button.class, spec -> spec.withId("outcome-acceptEntry")))
                .hasSize(1);
    }

    @Test
    void theChairOfACityJoinedAtCAttachesTheAdoptedStrategyOnTheTasksPage() {
        TestCity city = fixtures.newCity();
        as("coordinator.tajikistan", () -> roadmap.join(city.id(), LocalDate.of(2022, 5, 1), RoadmapStage.C));
        login(city.chair());
        TaskItem attach = task(city.chair(), city.id());
        UI.getCurrent().navigate("tasks/" + attach.id());

        assertThat(_find(Upload.class, spec -> spec.withId("entry-upload"))).hasSize(1);
        assertThat(_find(
                        com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("entry-adopted-on")))
                .hasSize(1);
        assertThat(_get(
                                com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                                spec -> spec.withId("roadmap-entry"))
                        .getElement()
                        .getTextRecursively())
                .contains("at C · Implement Better")
                .contains("No document attached yet.")
                .contains("Awaiting the chair's evidence.");
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "");
        _click(_get(Button.class, spec -> spec.withId("outcome-sendEntry")));
        assertThat(as(city.chair(), () -> inbox.openTasks()))
                .as("refused: nothing attached")
                .anyMatch(t -> t.id().equals(attach.id()));
    }

    @Test
    void aPlacePageShowsEachStaysTimeAndAStageEnteredOnJoiningHasNoApprover() {
        login("coordinator.serbia");
        var kraljevo = directory.findByCode("RS-KRA").orElseThrow();
        UI.getCurrent().navigate("jurisdictions/" + kraljevo.getId());
        String timeline = _get(Div.class, spec -> spec.withId("stage-timeline"))
                .getElement()
                .getTextRecursively();
        assertThat(timeline)
                .contains(
                        "entered " + Days.format(Locale.ENGLISH, LocalDate.of(2021, 2, 1)) + "Time in stage: 255 days")
                .contains("entered " + Days.format(Locale.ENGLISH, LocalDate.of(2021, 10, 14))
                        + ", approved by Nikola Petrović")
                .contains("Time in stage so far:");
    }

    @Test
    @SuppressWarnings("unchecked")
    void coordinatorsReadTheMedianTimeInStagePerCountryAndAFunnelOfLocalGovernmentsOnly() {
        // A country of its own: 30 and 90 days in A for two cities that moved on (median 60), one still in A.
        Long country = fixtures.newCountry();
        String code = directory.get(country).getCode();
        LocalDate joined = LocalDate.of(2021, 2, 1);
        for (int days : new int[] {30, 90, 0}) {
            TestCity city = fixtures.newCity(code);
            directory.recordJoining(city.id(), joined);
            directory.enterStage(city.id(), RoadmapStage.A, null, joined);
            if (days > 0) {
                directory.enterStage(city.id(), RoadmapStage.B, "coordinator.centralasia", joined.plusDays(days));
            }
        }
        login("coordinator.centralasia");
        UI.getCurrent().navigate("");
        Grid<CountryStageTimes> grid = _get(Grid.class, spec -> spec.withId("stage-times-grid"));
        List<CountryStageTimes> rows = GridKt._findAll(grid);
        int row = rows.stream().map(t -> t.country().id()).toList().indexOf(country);
        assertThat(rows.get(row).localGovernments()).isEqualTo(3);
        assertThat(rows.get(row).knowBetter()).isEqualTo(new StageTime(60.0, 2, 1));
        assertThat(rows.get(row).planBetter()).isEqualTo(new StageTime(null, 0, 2));
        // Central Asia's coordinator reads Russian.
        assertThat(GridKt._getFormattedRow(grid, row))
                .contains("60 дн. (медиана по 2); ещё на этапе: 1", "завершённых пока нет; ещё на этапе: 2");

        String funnel = _get(Div.class, spec -> spec.withClasses("stage-funnel"))
                .getElement()
                .getTextRecursively();
        java.util.regex.Matcher counted =
                java.util.regex.Pattern.compile("^\\D*(\\d+)").matcher(funnel);
        assertThat(counted.find()).as(funnel).isTrue();
        long cities = as("coordinator.centralasia", () -> roadmap.jurisdictionsInScope()).stream()
                .filter(j -> j.level() == org.resilienceroadmap.directory.JurisdictionLevel.CITY)
                .count();
        assertThat(Long.parseLong(counted.group(1)))
                .as("local governments only, not countries or the region")
                .isEqualTo(cities);
        int bars = _find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("count")).stream()
                .mapToInt(span -> Integer.parseInt(span.getText()))
                .sum();
        assertThat(bars).as("every bar counts a local government").isEqualTo(cities);
    }

    private TaskItem task(String who, Long jurisdictionId) {
        return as(who, () -> inbox.openTasks()).stream()
                .filter(t -> jurisdictionId.equals(t.jurisdictionId()) && RoadmapProcess.KEY.equals(t.processKey()))
                .findFirst()
                .orElseThrow();
    }
}
