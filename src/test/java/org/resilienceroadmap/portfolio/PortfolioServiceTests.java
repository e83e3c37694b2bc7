package org.resilienceroadmap.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.strategy.StrategyState;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.AssessmentDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The portfolio's scope, figures, freshness, filters, paging, order and summary, read through the service. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioServiceTests extends IntegrationTest {

    @Autowired
    PortfolioService portfolio;

    @Autowired
    ApplicationContext context;

    private PortfolioScene scene;

    @BeforeAll
    void prepare() {
        scene = PortfolioScene.prepare(context);
    }

    private PortfolioPage page(String who, PortfolioQuery query, int page, int size) {
        return as(who, () -> portfolio.page(query, page, size));
    }

    private static PortfolioQuery sorted(PortfolioSort sort, boolean descending) {
        return new PortfolioQuery(null, null, null, false, sort, descending);
    }

    private static List<Long> ids(PortfolioPage page) {
        return page.rows().stream().map(PortfolioRow::jurisdictionId).toList();
    }

    @Test
    void aCoordinatorSeesTheCitiesOfTheirCountryAndNoOtherCountrys() {
        assertThat(ids(page(scene.coordinatorA(), PortfolioQuery.all(), 0, 50)))
                .containsExactly(scene.alpha(), scene.bravo(), scene.charlie());
        assertThat(ids(page(scene.coordinatorB(), PortfolioQuery.all(), 0, 50))).containsExactly(scene.delta());
    }

    @Test
    void aDonorSeesTheCitiesOfTheirProgrammeOnly() {
        PortfolioPage seen = page(scene.donor(), PortfolioQuery.all(), 0, 50);
        assertThat(ids(seen)).containsExactly(scene.delta());
        assertThat(seen.rows().get(0).country()).isNotNull();
        assertThat(seen.rows().get(0).countryId()).isEqualTo(scene.countryB());
    }

    @Test
    void aChairHasNoPortfolio() {
        assertThatThrownBy(() -> page(scene.chairAlpha(), PortfolioQuery.all(), 0, 50))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void freshnessFollowsTheDaysSinceTheLastSignOfLife() {
        Map<Long, Freshness> by = new java.util.HashMap<>();
        page(scene.coordinatorA(), PortfolioQuery.all(), 0, 50)
                .rows()
                .forEach(r -> by.put(r.jurisdictionId(), r.freshness()));
        assertThat(by)
                .containsEntry(scene.alpha(), Freshness.CURRENT)
                .containsEntry(scene.bravo(), Freshness.LATE)
                .containsEntry(scene.charlie(), Freshness.SILENT);
    }

    @Test
    void stageDaysInStageAndSummaryAreCounted() {
        PortfolioPage all = page(scene.coordinatorA(), PortfolioQuery.all(), 0, 50);
        PortfolioRow bravo = all.rows().get(1);
        assertThat(bravo.stage()).isEqualTo(RoadmapStage.B);
        assertThat(bravo.daysInStage()).isEqualTo(150L);
        assertThat(bravo.stageSince()).isEqualTo(LocalDate.now(Days.ZONE).minusDays(150));
        assertThat(bravo.lastReportOn()).isNull();
        assertThat(bravo.score()).isNull();
        assertThat(bravo.strategyState()).isNull();
        assertThat(bravo.actionsApproved()).isZero();
        assertThat(all.totalCities()).isEqualTo(3);
        assertThat(all.notReportedThisQuarter()).isEqualTo(3);
    }

    @Test
    void filtersByCountryStageProgrammeAndLateness() {
        String admin = "admin";
        assertThat(ids(page(admin, new PortfolioQuery(scene.countryA(), null, null, false, null, false), 0, 50)))
                .containsExactly(scene.alpha(), scene.bravo(), scene.charlie());
        assertThat(ids(page(
                        admin, new PortfolioQuery(scene.countryA(), RoadmapStage.B, null, false, null, false), 0, 50)))
                .containsExactly(scene.bravo());
        assertThat(ids(page(admin, new PortfolioQuery(null, null, scene.programme(), false, null, false), 0, 50)))
                .containsExactly(scene.delta());
        assertThat(ids(page(scene.coordinatorA(), new PortfolioQuery(null, null, null, true, null, false), 0, 50)))
                .containsExactly(scene.bravo(), scene.charlie());
        assertThatThrownBy(() -> page(admin, new PortfolioQuery(null, null, -5L, false, null, false), 0, 50))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> page(
                        scene.coordinatorA(),
                        new PortfolioQuery(null, null, scene.programme(), false, null, false),
                        0,
                        50))
                .as("a programme over none of the reader's cities is as unknown as one that does not exist")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void pagesAndSortsTheWholeList() {
        PortfolioPage first = page(scene.coordinatorA(), PortfolioQuery.all(), 0, 2);
        PortfolioPage second = page(scene.coordinatorA(), PortfolioQuery.all(), 1, 2);
        assertThat(ids(first)).containsExactly(scene.alpha(), scene.bravo());
        assertThat(ids(second)).containsExactly(scene.charlie());
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(second.totalCities()).isEqualTo(3);
        assertThat(ids(page(scene.coordinatorA(), sorted(PortfolioSort.CITY, true), 0, 50)))
                .containsExactly(scene.charlie(), scene.bravo(), scene.alpha());
        assertThat(ids(page(scene.coordinatorA(), sorted(PortfolioSort.DAYS_IN_STAGE, true), 0, 50)))
                .containsExactly(scene.charlie(), scene.bravo(), scene.alpha());
        assertThat(ids(page(scene.coordinatorA(), sorted(PortfolioSort.FRESHNESS, true), 0, 50)))
                .containsExactly(scene.charlie(), scene.bravo(), scene.alpha());
        assertThatThrownBy(() -> page(scene.coordinatorA(), PortfolioQuery.all(), 0, 501))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void countsTheScoreStrategyActionsAndReportsOfACity(
            @Autowired Fixtures fixtures,
            @Autowired RoadmapService roadmap,
            @Autowired AssessmentService assessments,
            @Autowired AssessmentDriver assessmentDriver,
            @Autowired TaskInbox inbox,
            @Autowired ActionDriver actions,
            @Autowired ActionProgress progress) {
        TestCity city = fixtures.newCity();
        as(
                city.coordinator(),
                () -> roadmap.join(city.id(), LocalDate.now(Days.ZONE).minusDays(30)));
        Long assessment = as(
                        city.chair(), () -> assessments.open(city.id(), "preliminary", LocalDate.now(Days.ZONE), null))
                .getId();
        var assign = as(city.chair(), inbox::openTasks).stream()
                .filter(t -> t.taskKey().equals("Task_AssignEssentials")
                        && String.valueOf(assessment).equals(t.subjectId()))
                .findFirst()
                .orElseThrow();
        as(city.chair(), () -> inbox.complete(assign.id(), "start", null, Map.of()));
        // Essential 1: 4 of 6 (66.7 %), Essential 2: 0 of 3, Essential 3: 3 of 3; overall 7 of 12 (58.3 %).
        as(city.chair(), () -> assessments.answer(assessment, "P1.1", 1, null, null, null));
        as(city.chair(), () -> assessments.answer(assessment, "P1.2", 3, null, null, null));
        as(city.chair(), () -> assessments.answer(assessment, "P2.1", 0, null, null, null));
        as(city.chair(), () -> assessments.answer(assessment, "P3.1", 3, null, null, null));
        assessmentDriver.passAssessment(city.id(), city.chair(), city.coordinator());
        Long strategy = actions.adoptedStrategy(city);
        LocalDate today = LocalDate.now(Days.ZONE);
        var reported = actions.approved(city, strategy, "Sirens", today.plusMonths(6));
        actions.approved(city, strategy, "Drills", today.plusMonths(1));
        actions.proposed(city, strategy, "Shelters", today.plusMonths(9));
        as(city.member(), () -> progress.reportProgress(reported.getId(), 30, "Two sirens installed", List.of()));

        PortfolioRow row = page(city.coordinator(), PortfolioQuery.all(), 0, 50).rows().stream()
                .filter(r -> r.jurisdictionId().equals(city.id()))
                .findFirst()
                .orElseThrow();

        assertThat(row.score()).isEqualTo(58.3);
        assertThat(row.assessedOn()).isEqualTo(today);
        assertThat(row.weakest())
                .containsExactly(
                        new PortfolioRow.WeakEssential(2, 0.0),
                        new PortfolioRow.WeakEssential(1, 66.7),
                        new PortfolioRow.WeakEssential(3, 100.0));
        assertThat(row.strategyState()).isEqualTo(StrategyState.ADOPTED);
        assertThat(row.adoptedOn()).isNotNull();
        assertThat(row.actionsApproved()).isEqualTo(2);
        assertThat(row.actionsOnTrack()).isEqualTo(2);
        assertThat(row.actionsOverdue()).isZero();
        assertThat(row.actionsCompleted()).isZero();
        assertThat(row.lastReportOn()).isEqualTo(today);
        // "Drills" began five months ago (due in one, planned over six) and has never been reported on.
        assertThat(row.reportsOverdue()).isEqualTo(1);
        assertThat(row.freshness()).isEqualTo(Freshness.CURRENT);
    }
}
