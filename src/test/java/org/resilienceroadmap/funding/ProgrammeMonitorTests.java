package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The EU programme of the demo as donor.eu and the coordinators see it: every computed figure
 * equals a count made directly in the database, an adoption moves its indicator at once, and
 * scope holds (a coordinator counts only their part; others see nothing).
 */
class ProgrammeMonitorTests extends IntegrationTest {

    private static final String DONOR = "donor.eu";

    /** The covered tree of a programme, in SQL both H2 and PostgreSQL run. */
    private static final String SUBTREE = """
            with recursive tree(id) as (
                select jurisdiction_id from programme_jurisdiction where programme_id = ?
                union all
                select j.id from jurisdiction j join tree t on j.parent_id = t.id)
            """;

    @Autowired
    ProgrammeMonitor monitor;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ResultsFramework resultsFramework;

    @Autowired
    ProgrammeBudget budget;

    @Autowired
    ProgrammeDirectory directory;

    @Autowired
    MonthlySnapshots snapshots;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actions;

    private Long eu() {
        return directory.findByCode("EU-CA-SENDAI").orElseThrow().getId();
    }

    @Test
    void theDonorsFiguresMatchACountInTheDatabase() {
        Long eu = eu();
        Map<String, IndicatorLine> byCode = byCode(as(DONOR, () -> monitor.indicators(eu)));
        long joined = count(
                SUBTREE + "select count(*) from jurisdiction where id in (select id from tree) "
                        + "and joined_on <= date '2023-06-30' and level = 'CITY'",
                eu);
        long validated = count(
                SUBTREE + "select count(*) from assessment where state = 'VALIDATED' "
                        + "and validated_at < timestamp with time zone '2023-07-01 00:00:00+00:00' "
                        + "and jurisdiction_id in (select id from tree)",
                eu);
        long adopted = count(
                SUBTREE + "select count(distinct s.jurisdiction_id) from strategy s join strategy_adoption a "
                        + "on a.strategy_id = s.id where s.state = 'ADOPTED' and a.adopted_on <= date '2023-06-30' "
                        + "and s.jurisdiction_id in (select id from tree)",
                eu);
        long cities = count(
                SUBTREE + "select count(*) from jurisdiction where id in (select id from tree) " + "and level = 'CITY'",
                eu);
        long citiesAdopted = count(
                SUBTREE + "select count(distinct s.jurisdiction_id) from strategy s join jurisdiction j "
                        + "on j.id = s.jurisdiction_id join strategy_adoption a on a.strategy_id = s.id where s.state = 'ADOPTED' "
                        + "and j.level = 'CITY' and a.adopted_on <= date '2023-06-30' "
                        + "and s.jurisdiction_id in (select id from tree)",
                eu);
        long overdue = count(
                SUBTREE + "select count(*) from action where jurisdiction_id in (select id from tree) "
                        + "and status in ('APPROVED','IN_PROGRESS') and due_date < current_date",
                eu);
        BigDecimal paid = jdbc.queryForObject(
                "select coalesce(sum(amount), 0) from disbursement where programme_id = ?", BigDecimal.class, eu);
        BigDecimal committed = jdbc.queryForObject("select amount from programme where id = ?", BigDecimal.class, eu);

        assertThat(byCode.get("I2.1").actual()).isEqualByComparingTo(BigDecimal.valueOf(joined));
        assertThat(byCode.get("I2.2").actual()).isEqualByComparingTo(BigDecimal.valueOf(validated));
        assertThat(byCode.get("I2.3").actual()).isEqualByComparingTo(BigDecimal.valueOf(adopted));
        assertThat(byCode.get("I2.4").actual())
                .isEqualByComparingTo(BigDecimal.valueOf(citiesAdopted * 100)
                        .divide(BigDecimal.valueOf(cities), 1, RoundingMode.HALF_UP));
        assertThat(byCode.get("I2.6").actual()).isEqualByComparingTo(BigDecimal.valueOf(overdue));
        assertThat(byCode.get("I1.2").actual())
                .isEqualByComparingTo(
                        paid.multiply(BigDecimal.valueOf(100)).divide(committed, 1, RoundingMode.HALF_UP));
        assertThat(paid).isEqualByComparingTo("3250000.00");
        assertThat(byCode.get("I1.1").computed()).isFalse();
        assertThat(byCode.get("I1.1").actual()).isEqualByComparingTo("1");

        ReportContent overview = as(DONOR, () -> monitor.overview(eu));
        long inStageA = count(
                SUBTREE + "select count(*) from jurisdiction where id in (select id from tree) "
                        + "and stage = 'A' and level = 'CITY'",
                eu);
        assertThat(overview.funnel()).contains(new StageCount("A", inStageA));
        assertThat(overview.funnel().stream().mapToLong(StageCount::count).sum())
                .isEqualTo(count(
                        SUBTREE + "select count(*) from jurisdiction where id in (select id from tree) "
                                + "and level = 'CITY'",
                        eu));
        assertThat(overview.spending().disbursed()).isEqualByComparingTo(paid);
        assertThat(overview.jurisdictions())
                .extracting(JurisdictionProgress::name)
                .contains("Dushanbe", "Almaty")
                .doesNotContain("Kraljevo", "Čačak", "Central Asia");
    }

    /** The EU programme ended on 30 June 2023: an adoption today is not its result (a running one's moves at once: SignableFiguresTests). */
    @Test
    void anAdoptionAfterTheProgrammesEndLeavesItsFinalFigureButIsListed() {
        Long eu = eu();
        var city = fixtures.newCity("TJ");
        BigDecimal before =
                byCode(as(DONOR, () -> monitor.indicators(eu))).get("I2.3").actual();
        actions.adoptedStrategy(city);
        Map<String, IndicatorLine> after = byCode(as(DONOR, () -> monitor.indicators(eu)));
        assertThat(after.get("I2.3").actual()).isEqualByComparingTo(before);
        assertThat(after.get("I2.3").asOf()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(as(DONOR, () -> monitor.overview(eu))).satisfies(o -> {
            assertThat(o.periodEnd()).isEqualTo(LocalDate.of(2023, 6, 30));
            assertThat(o.programmeEnded(LocalDate.now(Days.ZONE))).isTrue();
        });
        assertThat(as(DONOR, () -> monitor.counted(eu, "I2.3")))
                .extracting(CountedItem::kind, CountedItem::jurisdiction)
                .contains(org.assertj.core.groups.Tuple.tuple("STRATEGY", "Test city " + city.code()));
    }

    @Test
    void whatAnIndicatorCountsCanBeOpenedAndStaysInsideTheProgramme() {
        Long eu = eu();
        List<CountedItem> joined = as(DONOR, () -> monitor.counted(eu, "I2.1"));
        assertThat(joined).extracting(CountedItem::kind).containsOnly("JURISDICTION");
        assertThat(joined)
                .extracting(CountedItem::jurisdiction)
                .contains("Dushanbe")
                .doesNotContain("Kraljevo");
        assertThat(joined).allSatisfy(i -> assertThat(i.path()).startsWith("jurisdictions/"));
        assertThat(as(DONOR, () -> monitor.counted(eu, "I1.1"))).isEmpty();
    }

    @Test
    void aCoordinatorCountsOnlyTheirPartAndMayNotManageTheProgramme() {
        Long eu = eu();
        var tajik = byCode(as("coordinator.tajikistan", () -> monitor.indicators(eu)));
        long joinedInTajikistan = count("""
                with recursive tree(id) as (select id from jurisdiction where code = 'TJ'
                    union all select j.id from jurisdiction j join tree t on j.parent_id = t.id)
                select count(*) from jurisdiction where id in (select id from tree) and joined_on is not null
                  and level = 'CITY'""");
        assertThat(tajik.get("I2.1").actual()).isEqualByComparingTo(BigDecimal.valueOf(joinedInTajikistan));
        assertThat(as("coordinator.tajikistan", () -> monitor.history(eu))).isEmpty();
        assertThatThrownBy(() -> as(
                        "coordinator.tajikistan",
                        () -> budget.recordDisbursement(eu, LocalDate.now(Days.ZONE), BigDecimal.TEN, "EUR", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as("coordinator.serbia", () -> monitor.indicators(eu)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("chair.dushanbe", () -> monitor.indicators(eu)))
                .isInstanceOf(NotFoundException.class);
        Long dipecho = directory.findByCode("ECHO-DIPECHO-CA").orElseThrow().getId();
        assertThatThrownBy(() -> as(DONOR, () -> monitor.indicators(dipecho))).isInstanceOf(NotFoundException.class);
        assertThat(as(DONOR, () -> programmes.inScope()))
                .extracting(ProgrammeSummary::code)
                .containsExactly("EU-CA-SENDAI");
    }

    @Test
    void aStaleIndicatorEditIsRefusedAndChangesNothing() {
        Long eu = eu();
        long version = as("admin", () -> programmes.detail(eu)).indicatorVersions().stream()
                .filter(v -> v.code().equals("I1.1"))
                .findFirst()
                .orElseThrow()
                .version();
        // A real change (another day), so that the version moves on.
        as(
                "admin",
                () -> resultsFramework.reportActual(eu, "I1.1", BigDecimal.ONE, LocalDate.of(2021, 12, 1), version));
        assertThatThrownBy(() -> as(
                        "coordinator.centralasia",
                        () -> resultsFramework.reportActual(
                                eu, "I1.1", new BigDecimal("7"), LocalDate.now(Days.ZONE), version)))
                .isInstanceOf(ConflictException.class);
        assertThat(byCode(as(DONOR, () -> monitor.indicators(eu))).get("I1.1").actual())
                .isEqualByComparingTo("1");
    }

    @Test
    void monthlySnapshotsAreTakenOncePerIndicatorAndMonthWhileTheProgrammeRuns() {
        Long eu = eu();
        var city = fixtures.newCity("TJ");
        LocalDate today = LocalDate.now(Days.ZONE);
        Long running = directory
                .create(
                        "SNAP-" + city.code(),
                        "Running programme",
                        "Test donor",
                        BigDecimal.TEN,
                        "EUR",
                        today.minusYears(1),
                        today.plusYears(1),
                        java.util.Set.of(city.id()))
                .getId();
        as("admin", () -> resultsFramework.addResult(running, ResultKind.OUTCOME, "OC1", "Cities act", null));
        as(
                "admin",
                () -> resultsFramework.addIndicator(
                        running,
                        "OC1",
                        new IndicatorSpec(
                                "J1",
                                "Joined",
                                null,
                                IndicatorMeasure.JURISDICTIONS_JOINED,
                                null,
                                null,
                                BigDecimal.ONE,
                                null,
                                null)));
        assertThat(snapshots.takeAll()).isPositive();
        assertThat(snapshots.takeAll()).isZero();
        LocalDate month = today.withDayOfMonth(1);
        assertThat(count(
                        "select count(*) from indicator_snapshot s join programme_indicator i on i.id = s.indicator_id "
                                + "where i.programme_id = ? and s.snapshot_month = ?",
                        running,
                        month))
                .isEqualTo(1);
        // The EU programme ended in June 2023: this month is not its result, so it keeps no snapshot of it.
        assertThat(count(
                        "select count(*) from indicator_snapshot s join programme_indicator i on i.id = s.indicator_id "
                                + "where i.programme_id = ? and s.snapshot_month = ?",
                        eu,
                        month))
                .isZero();
        assertThat(as(DONOR, () -> monitor.history(eu)))
                .extracting(SnapshotPoint::month)
                .allSatisfy(m -> assertThat(m).isBeforeOrEqualTo(LocalDate.of(2023, 7, 1)));
        assertThat(as("admin", () -> monitor.history(running)))
                .extracting(SnapshotPoint::month)
                .containsExactly(month);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static Map<String, IndicatorLine> byCode(List<IndicatorLine> lines) {
        return lines.stream().collect(java.util.stream.Collectors.toMap(IndicatorLine::code, l -> l));
    }
}
