package org.resilienceroadmap.portfolio.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.CountryStageTimes;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ComparisonServiceTests extends IntegrationTest {

    private static final Instant YEAR_AGO = Instant.parse("2025-03-10T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-10T10:00:00Z");

    @Autowired
    ComparisonService comparison;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    PeopleDirectory people;

    @Autowired
    ProgrammeDirectory programmes;

    @Autowired
    Passwords passwords;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    ComparisonScene scene;

    @BeforeEach
    void scene() {
        scene = new ComparisonScene(fixtures, jurisdictions, people, programmes, passwords, jdbc);
    }

    @Test
    void comparesTheLatestValidatedAssessmentWithThePreviousOneOnTheSameScorecard() {
        Long before = scene.validated(scene.first.id(), YEAR_AGO, Map.of("P1.1", 1, "P1.2", 1, "P2.1", 3));
        Long latest = scene.validated(scene.first.id(), LATER, Map.of("P1.1", 3, "P1.2", 3, "P2.1", 0, "P3.1", 2));
        // Neither a newer assessment still being scored nor one on another scorecard takes its place.
        scene.assessment(scene.first.id(), "preliminary", "SCORING", LATER.plusSeconds(3600), Map.of("P1.1", 0));
        scene.assessment(scene.first.id(), "public-health", "VALIDATED", LATER.plusSeconds(7200), Map.of());

        EssentialHeatMap map =
                as(scene.coordinator, () -> comparison.essentials(SubjectKind.COUNTRY, scene.country, null));

        assertThat(map.templateId()).isEqualTo("preliminary");
        assertThat(map.essentials()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        CityScores first = row(map, scene.first.id());
        assertThat(first.assessmentId()).isEqualTo(latest);
        assertThat(first.previousAssessmentId()).isEqualTo(before);
        assertThat(first.cells().get(0)).isEqualTo(new EssentialCell(1, 100.0, 33.3, Change.UP));
        assertThat(first.cells().get(1)).isEqualTo(new EssentialCell(2, 0.0, 100.0, Change.DOWN));
        assertThat(first.cells().get(2)).isEqualTo(new EssentialCell(3, 66.7, null, Change.NONE));
        assertThat(first.cells().get(3).percent()).isNull();
        // Overall: 8 of 12 points now against 5 of 9 before.
        assertThat(first.overall()).isEqualTo(new EssentialCell(0, 66.7, 55.6, Change.UP));
    }

    @Test
    void marksAnUnchangedScoreAndLeavesACityWithoutAValidatedAssessmentEmpty() {
        scene.validated(scene.third.id(), YEAR_AGO, Map.of("P1.1", 2));
        Long only = scene.validated(scene.third.id(), LATER, Map.of("P1.1", 2));
        scene.assessment(scene.second.id(), "preliminary", "IN_VALIDATION", LATER, Map.of("P1.1", 3));

        EssentialHeatMap map =
                as(scene.coordinator, () -> comparison.essentials(SubjectKind.COUNTRY, scene.country, "preliminary"));

        assertThat(map.cities())
                .extracting(CityScores::cityId)
                .containsExactlyInAnyOrder(scene.first.id(), scene.second.id(), scene.third.id());
        assertThat(row(map, scene.third.id()).assessmentId()).isEqualTo(only);
        assertThat(row(map, scene.third.id()).cells().get(0).change()).isEqualTo(Change.SAME);
        CityScores second = row(map, scene.second.id());
        assertThat(second.assessed()).isFalse();
        assertThat(second.cells()).isEmpty();
    }

    @Test
    void showsADonorOnlyTheCitiesOfTheirProgramme() {
        scene.validated(scene.second.id(), LATER, Map.of("P1.1", 2));

        EssentialHeatMap programme =
                as(scene.donor, () -> comparison.essentials(SubjectKind.PROGRAMME, scene.programme, null));
        EssentialHeatMap country =
                as(scene.donor, () -> comparison.essentials(SubjectKind.COUNTRY, scene.country, null));

        assertThat(programme.cities())
                .extracting(CityScores::cityId)
                .containsExactlyInAnyOrder(scene.first.id(), scene.third.id());
        assertThat(country.cities())
                .extracting(CityScores::cityId)
                .containsExactlyInAnyOrder(scene.first.id(), scene.third.id());
        assertThat(as(scene.donor, () -> comparison.subjects()))
                .extracting(ComparisonSubject::kind, ComparisonSubject::id)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(SubjectKind.PROGRAMME, scene.programme),
                        org.assertj.core.groups.Tuple.tuple(SubjectKind.COUNTRY, scene.country));
    }

    @Test
    void refusesWhatLiesOutsideTheReadersScope() {
        assertThatThrownBy(() ->
                        as("coordinator.serbia", () -> comparison.essentials(SubjectKind.COUNTRY, scene.country, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(
                        "coordinator.serbia", () -> comparison.stagesOverTime(SubjectKind.PROGRAMME, scene.programme)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("donor.eu", () -> comparison.stageDays(SubjectKind.PROGRAMME, scene.programme)))
                .isInstanceOf(NotFoundException.class);
        // A city is not a country to compare within.
        assertThatThrownBy(() ->
                        as(scene.coordinator, () -> comparison.essentials(SubjectKind.COUNTRY, scene.first.id(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        as(scene.first.chair(), () -> comparison.essentials(SubjectKind.COUNTRY, scene.country, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as(scene.first.chair(), () -> comparison.subjects()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(as("coordinator.serbia", () -> comparison.subjects()))
                .extracting(ComparisonSubject::id)
                .doesNotContain(scene.country, scene.programme);
    }

    @Test
    void countsTheCitiesInEachStageAtEachQuarterEnd() {
        LocalDate today = Days.today(clock);
        LocalDate enteredA = today.minusMonths(15);
        LocalDate enteredB = today.minusMonths(8);
        as("admin", () -> {
            jurisdictions.recordJoining(scene.first.id(), enteredA);
            jurisdictions.enterStage(scene.first.id(), RoadmapStage.A, "test", enteredA);
            jurisdictions.enterStage(scene.first.id(), RoadmapStage.B, "test", enteredB);
            jurisdictions.recordJoining(scene.second.id(), today.minusMonths(12));
        });

        List<StageQuarter> quarters =
                as(scene.coordinator, () -> comparison.stagesOverTime(SubjectKind.COUNTRY, scene.country));

        StageQuarter start = quarters.get(0);
        assertThat(start.quarterEnd()).isEqualTo(StageTimeline.quarterEnd(enteredA));
        assertThat(start).isEqualTo(new StageQuarter(start.quarterEnd(), false, 2, 0, 1, 0, 0));
        StageQuarter now = quarters.get(quarters.size() - 1);
        assertThat(now.quarterEnd()).isEqualTo(today);
        assertThat(now.toDate()).isEqualTo(!StageTimeline.quarterEnd(today).equals(today));
        assertThat(now).isEqualTo(new StageQuarter(today, now.toDate(), 1, 1, 0, 1, 0));
        assertThat(quarters).hasSize(6).allSatisfy(q -> assertThat(q.total()).isEqualTo(3));

        List<StageQuarter> donors =
                as(scene.donor, () -> comparison.stagesOverTime(SubjectKind.PROGRAMME, scene.programme));
        assertThat(donors.get(donors.size() - 1).total()).isEqualTo(2);
    }

    @Test
    void givesTheMedianDaysPerStageOfTheComparedCities() {
        LocalDate today = Days.today(clock);
        as("admin", () -> {
            for (var city : List.of(scene.first, scene.second, scene.third)) {
                jurisdictions.recordJoining(city.id(), today.minusDays(400));
                jurisdictions.enterStage(city.id(), RoadmapStage.A, "test", today.minusDays(400));
            }
            jurisdictions.enterStage(scene.first.id(), RoadmapStage.B, "test", today.minusDays(300));
            jurisdictions.enterStage(scene.second.id(), RoadmapStage.B, "test", today.minusDays(200));
        });

        List<CountryStageTimes> country =
                as(scene.coordinator, () -> comparison.stageDays(SubjectKind.COUNTRY, scene.country));
        List<CountryStageTimes> programme =
                as(scene.donor, () -> comparison.stageDays(SubjectKind.PROGRAMME, scene.programme));

        assertThat(country).singleElement().satisfies(t -> {
            assertThat(t.country().id()).isEqualTo(scene.country);
            assertThat(t.localGovernments()).isEqualTo(3);
            assertThat(t.knowBetter().medianDays()).isEqualTo(150.0);
            assertThat(t.knowBetter().completed()).isEqualTo(2);
            assertThat(t.knowBetter().ongoing()).isEqualTo(1);
            assertThat(t.planBetter().ongoing()).isEqualTo(2);
        });
        // The programme covers the first and third cities: one stay of A ended, after 100 days.
        assertThat(programme).singleElement().satisfies(t -> {
            assertThat(t.localGovernments()).isEqualTo(2);
            assertThat(t.knowBetter().medianDays()).isEqualTo(100.0);
            assertThat(t.knowBetter().ongoing()).isEqualTo(1);
        });
    }

    private static CityScores row(EssentialHeatMap map, Long city) {
        return map.cities().stream()
                .filter(c -> c.cityId().equals(city))
                .findFirst()
                .orElseThrow();
    }
}
