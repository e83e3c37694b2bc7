package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.Evidence;
import org.resilienceroadmap.action.NewAction;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.DataStamp;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18's figures over a programme of its own (running, covering test cities): completions count
 * once verified and claims apart, the funnel counts local governments, the history ends in the live
 * month, the E-2 share can count only strategies covering all Ten Essentials, and a funded action must
 * fall within the programme's period.
 */
class SignableFiguresTests extends IntegrationTest {

    private static final String COORDINATOR = ActionDriver.COORDINATOR;
    private static final List<Evidence> PHOTO =
            List.of(new Evidence("siren.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));

    @Autowired
    ProgrammeDirectory directory;

    @Autowired
    ResultsFramework programmes;

    @Autowired
    ProgrammeMonitor monitor;

    @Autowired
    ActionService actions;

    @Autowired
    ActionProgress actionProgress;

    @Autowired
    ActionDriver driver;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Long programme(Set<Long> places, String... codes) {
        LocalDate today = LocalDate.now(Days.ZONE);
        Long id = directory
                .create(
                        "T18-" + System.nanoTime() % 1_000_000,
                        "Test programme",
                        "Test donor",
                        new BigDecimal("100000"),
                        "EUR",
                        today.minusYears(1),
                        today.plusYears(1),
                        places)
                .getId();
        as("admin", () -> programmes.addResult(id, ResultKind.OUTCOME, "OP1", "Cities act", null));
        return id;
    }

    private void indicator(
            Long programme, String code, IndicatorMeasure measure, BigDecimal target, Boolean allEssentials) {
        as(
                "admin",
                () -> programmes.addIndicator(
                        programme,
                        "OP1",
                        new IndicatorSpec(
                                code, code, null, measure, null, null, target, null, null, null, allEssentials)));
    }

    private Map<String, IndicatorLine> lines(Long programme) {
        return as("admin", () -> monitor.indicators(programme)).stream()
                .collect(java.util.stream.Collectors.toMap(IndicatorLine::code, l -> l));
    }

    @Test
    void aCompletionCountsOnceVerifiedAClaimApartAndOnTimeAfterAnExtensionApart() {
        TestCity city = fixtures.newCity();
        Long p = programme(Set.of(city.id()));
        indicator(p, "DONE", IndicatorMeasure.ACTIONS_COMPLETED, BigDecimal.TEN, null);
        indicator(p, "ONTIME", IndicatorMeasure.ACTIONS_COMPLETED_ON_TIME, BigDecimal.TEN, null);
        indicator(p, "EXT", IndicatorMeasure.ACTIONS_COMPLETED_AFTER_EXTENSION, BigDecimal.TEN, null);
        indicator(p, "CLAIM", IndicatorMeasure.ACTIONS_CLAIMED, BigDecimal.TEN, null);
        Long strategy = driver.adoptedStrategy(city);
        LocalDate today = LocalDate.now(Days.ZONE);
        Long sirens =
                driver.approved(city, strategy, "Sirens", today.plusMonths(3)).getId();
        Long map = driver.approved(city, strategy, "Flood map", today.plusMonths(3))
                .getId();

        as(city.member(), () -> actionProgress.claimCompletion(sirens, "All sirens tested", PHOTO));
        assertThat(lines(p)).satisfies(l -> {
            assertThat(l.get("DONE").actual()).isEqualByComparingTo("0");
            assertThat(l.get("CLAIM").actual()).isEqualByComparingTo("1");
        });
        driver.decide(COORDINATOR, sirens, ActionProcess.TASK_VERIFY, "return", "No test log", Map.of());
        assertThat(lines(p).get("CLAIM").actual()).isEqualByComparingTo("0");
        assertThat(lines(p).get("DONE").actual()).isEqualByComparingTo("0");
        as(city.member(), () -> actionProgress.claimCompletion(sirens, "Test log attached", PHOTO));
        driver.decide(COORDINATOR, sirens, ActionProcess.TASK_VERIFY, "verify", null, Map.of());

        // The flood map was approved due earlier than it was done: late against the approved due date,
        // on time only against the extended one.
        jdbc.update("update action set approved_due = ? where id = ?", today.minusDays(5), map);
        DataStamp.moved(jdbc);
        as(city.member(), () -> actionProgress.claimCompletion(map, "Map published", PHOTO));
        driver.decide(COORDINATOR, map, ActionProcess.TASK_VERIFY, "verify", null, Map.of());
        Map<String, IndicatorLine> after = lines(p);
        assertThat(after.get("DONE").actual()).isEqualByComparingTo("2");
        assertThat(after.get("ONTIME").actual()).isEqualByComparingTo("1");
        assertThat(after.get("EXT").actual()).isEqualByComparingTo("1");
        assertThat(after.get("CLAIM").actual()).isEqualByComparingTo("0");
        assertThat(as("admin", () -> monitor.counted(p, "EXT")))
                .extracting(CountedItem::id)
                .containsExactly(map);
        assertThat(as("admin", () -> monitor.counted(p, "ONTIME")))
                .extracting(CountedItem::id)
                .containsExactly(sirens);
    }

    @Test
    void overdueCountsApprovedActionsNotProposalsAndLowerIsBetter() {
        TestCity city = fixtures.newCity();
        Long p = programme(Set.of(city.id()));
        indicator(p, "LATE", IndicatorMeasure.ACTIONS_OVERDUE, BigDecimal.ONE, null);
        Long strategy = driver.adoptedStrategy(city);
        LocalDate future = LocalDate.now(Days.ZONE).plusMonths(2);
        Long proposal =
                driver.proposed(city, strategy, "Nobody approved this", future).getId();
        Long underReview =
                driver.propose(city, strategy, "Awaiting approval", future).getId();
        Long approved =
                driver.approved(city, strategy, "Approved and late", future).getId();
        jdbc.update(
                "update action set due_date = ? where id in (?, ?, ?)",
                LocalDate.now(Days.ZONE).minusDays(3),
                proposal,
                underReview,
                approved);
        DataStamp.moved(jdbc);
        IndicatorLine late = lines(p).get("LATE");
        assertThat(late.actual()).isEqualByComparingTo("1");
        assertThat(late.direction()).isEqualTo("LOWER");
        assertThat(late.reached()).isTrue();
        assertThat(as("admin", () -> monitor.counted(p, "LATE")))
                .extracting(CountedItem::id)
                .containsExactly(approved);
    }

    @Test
    void theFunnelCountsLocalGovernmentsAndNamesCountriesApart() {
        TestCity city = fixtures.newCity();
        Long tj = jdbc.queryForObject("select id from jurisdiction where code = 'TJ'", Long.class);
        jdbc.update("update jurisdiction set joined_on = ? where id = ?", LocalDate.of(2021, 5, 1), city.id());
        DataStamp.moved(jdbc);
        Long p = programme(Set.of(tj));
        indicator(p, "JOINED", IndicatorMeasure.JURISDICTIONS_JOINED, BigDecimal.TEN, null);
        long citiesInTajikistan = jdbc.queryForObject("""
                with recursive tree(id) as (select id from jurisdiction where code = 'TJ'
                    union all select j.id from jurisdiction j join tree t on j.parent_id = t.id)
                select count(*) from jurisdiction where id in (select id from tree) and level = 'CITY'""", Long.class);
        long joinedCities = jdbc.queryForObject("""
                with recursive tree(id) as (select id from jurisdiction where code = 'TJ'
                    union all select j.id from jurisdiction j join tree t on j.parent_id = t.id)
                select count(*) from jurisdiction where id in (select id from tree) and level = 'CITY'
                  and joined_on is not null""", Long.class);
        ReportContent overview = as("admin", () -> monitor.overview(p));
        assertThat(overview.funnel().stream().mapToLong(StageCount::count).sum())
                .isEqualTo(citiesInTajikistan);
        assertThat(lines(p).get("JOINED").actual()).isEqualByComparingTo(BigDecimal.valueOf(joinedCities));
        boolean tajikistanJoined =
                jdbc.queryForObject("select joined_on is not null from jurisdiction where id = ?", Boolean.class, tj);
        assertThat(overview.joinedAbove()).isEqualTo(new JoinedAbove(tajikistanJoined ? 1 : 0, 0));
        assertThat(as("admin", () -> monitor.counted(p, "JOINED")))
                .extracting(CountedItem::id)
                .contains(city.id())
                .doesNotContain(tj);
    }

    @Test
    void theHistoryEndsInTheLiveValueOfThisMonthSoItAgreesWithTheCountedList() {
        TestCity city = fixtures.newCity();
        Long p = programme(Set.of(city.id()));
        indicator(p, "ADOPTED", IndicatorMeasure.STRATEGIES_ADOPTED, BigDecimal.ONE, null);
        LocalDate month = LocalDate.now(Days.ZONE).withDayOfMonth(1);
        Long indicatorId =
                jdbc.queryForObject("select id from programme_indicator where programme_id = ?", Long.class, p);
        jdbc.update(
                "insert into indicator_snapshot (indicator_id, snapshot_month, amount, taken_at) values (?, ?, 0, ?)",
                indicatorId,
                month,
                java.sql.Timestamp.from(java.time.Instant.now()));
        DataStamp.moved(jdbc);
        driver.adoptedStrategy(city);
        List<SnapshotPoint> history = as("admin", () -> monitor.history(p));
        assertThat(history)
                .filteredOn(s -> s.month().equals(month))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualByComparingTo("1"));
        assertThat(as("admin", () -> monitor.counted(p, "ADOPTED"))).hasSize(1);
    }

    @Test
    void theE2ShareCanCountOnlyStrategiesCoveringAllTenEssentialsAndSaysSo() {
        TestCity covering = fixtures.newCity();
        TestCity partial = fixtures.newCity();
        Long p = programme(Set.of(covering.id(), partial.id()));
        indicator(p, "E2ALL", IndicatorMeasure.LOCAL_STRATEGIES_SHARE, new BigDecimal("100"), true);
        indicator(p, "E2ANY", IndicatorMeasure.LOCAL_STRATEGIES_SHARE, new BigDecimal("100"), null);
        Long full = driver.adoptedStrategy(covering);
        driver.adoptedStrategy(partial);
        jdbc.update("update strategy_objective set essentials = '1,2,3,4,5,6,7,8,9,10' where strategy_id = ?", full);
        DataStamp.moved(jdbc);
        Map<String, IndicatorLine> l = lines(p);
        assertThat(l.get("E2ALL").actual()).isEqualByComparingTo("50.0");
        assertThat(l.get("E2ALL").rule()).isEqualTo("ALL_TEN_ESSENTIALS");
        assertThat(l.get("E2ANY").actual()).isEqualByComparingTo("100.0");
        assertThat(l.get("E2ANY").rule()).isEqualTo("ANY_ADOPTED");
        assertThat(as("admin", () -> monitor.counted(p, "E2ALL")))
                .extracting(CountedItem::jurisdiction)
                .containsExactly("Test city " + covering.code());
        assertThatThrownBy(() -> indicator(p, "BAD", IndicatorMeasure.ACTIONS_OVERDUE, BigDecimal.ONE, true))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void anActionAProgrammeFundsMustMeetItsPeriod() {
        TestCity city = fixtures.newCity();
        Long dipecho = directory.findByCode("ECHO-DIPECHO-CA").orElseThrow().getId();
        Long strategy = driver.adoptedStrategy(city);
        Long objective = driver.objectiveOf(strategy, city.member());
        LocalDate start = LocalDate.now(Days.ZONE).plusMonths(1);
        NewAction late = new NewAction(
                objective,
                "Sirens",
                null,
                "Committee of Emergency Situations",
                city.member(),
                start,
                start.plusMonths(6),
                new Money(new BigDecimal("1000"), "EUR"),
                dipecho,
                List.of(2),
                List.of(),
                List.of(4));
        assertThatThrownBy(() -> as(city.member(), () -> actions.propose(strategy, late)))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(
                        e -> assertThat(((InvalidRequestException) e).refusal().key())
                                .isEqualTo("refusal.action.outsideProgramme"));
        NewAction within = new NewAction(
                objective,
                "Old sirens",
                null,
                "Committee of Emergency Situations",
                city.member(),
                LocalDate.of(2020, 6, 1),
                LocalDate.of(2021, 6, 1),
                new Money(new BigDecimal("1000"), "EUR"),
                dipecho,
                List.of(2),
                List.of(),
                List.of(4));
        assertThat(as(city.member(), () -> actions.propose(strategy, within)).getProgrammeId())
                .isEqualTo(dipecho);
    }
}
