package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.DataStamp;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tally the donor dashboard reads stays equal to a count over the actions themselves through
 * every status change (proposal, rejection, completion on time and late, return, verification),
 * and two people proposing a jurisdiction's first actions at once are both counted.
 */
class ActionTallyTests extends IntegrationTest {

    private static final String COORDINATOR = ActionDriver.COORDINATOR;
    private static final List<Evidence> PHOTO =
            List.of(new Evidence("siren.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));

    @Autowired
    ActionService actions;

    @Autowired
    ActionProgress actionProgress;

    @Autowired
    ActionFigures figures;

    @Autowired
    ActionDriver driver;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private TestCity city;
    private Long strategyId;

    @BeforeEach
    void adoptAStrategy() {
        city = fixtures.newCity();
        strategyId = driver.adoptedStrategy(city);
    }

    @Test
    void equalsACountOfTheActionsAfterEveryStep() {
        LocalDate due = LocalDate.now(Days.ZONE).plusMonths(10);
        Long objective = driver.objectiveOf(strategyId, city.member());
        List<Long> ids = as(
                        city.member(),
                        () -> actions.proposeAll(
                                strategyId,
                                List.of(
                                        driver.spec(objective, city.member(), "Sirens", due),
                                        driver.spec(objective, city.member(), "Flood map", due),
                                        driver.spec(objective, city.member(), "School drills", due),
                                        driver.spec(objective, city.member(), "Shelter stock", due))))
                .stream()
                .map(Action::getId)
                .toList();
        ids.forEach(id -> driver.accept(city, id));
        assertCounts(4, 0, 0, 0);

        driver.decide(COORDINATOR, ids.get(3), ActionProcess.TASK_APPROVE, "reject", "Not funded this year", Map.of());
        assertCounts(3, 0, 0, 0);
        for (Long id : ids.subList(0, 3)) {
            driver.decide(COORDINATOR, id, ActionProcess.TASK_APPROVE, "approve", null, Map.of());
        }
        assertCounts(3, 0, 0, 0);

        // A claim awaiting verification is not a completion yet.
        as(city.member(), () -> actionProgress.claimCompletion(ids.get(0), "All thirty sirens tested", PHOTO));
        assertCounts(3, 0, 0, 0);
        assertThat(figures.countsByJurisdiction(List.of(city.id())))
                .singleElement()
                .satisfies(c -> assertThat(c.claimed()).isEqualTo(1));
        driver.decide(
                COORDINATOR, ids.get(0), ActionProcess.TASK_VERIFY, "return", "The test log is missing", Map.of());
        assertCounts(3, 0, 0, 0);
        as(city.member(), () -> actionProgress.claimCompletion(ids.get(0), "Test log attached", PHOTO));
        driver.decide(COORDINATOR, ids.get(0), ActionProcess.TASK_VERIFY, "verify", null, Map.of());
        assertCounts(3, 1, 1, 0);

        // The flood map's due date passed (its timer has not fired yet): open and overdue, then done late.
        jdbc.update(
                "update action set due_date = ?, approved_due = ? where id = ?",
                LocalDate.now(Days.ZONE).minusDays(3),
                LocalDate.now(Days.ZONE).minusDays(3),
                ids.get(1));
        DataStamp.moved(jdbc);
        assertCounts(3, 1, 1, 1);
        as(city.member(), () -> actionProgress.claimCompletion(ids.get(1), "Map published", PHOTO));
        assertCounts(3, 1, 1, 0);
        driver.decide(COORDINATOR, ids.get(1), ActionProcess.TASK_VERIFY, "verify", null, Map.of());
        assertCounts(3, 2, 1, 0);
    }

    @Test
    void aProposalPastItsDueDateIsNotOverdue() {
        LocalDate due = LocalDate.now(Days.ZONE).plusMonths(10);
        Long proposed = driver.proposed(city, strategyId, "Nobody approved this yet", due)
                .getId();
        jdbc.update(
                "update action set due_date = ? where id = ?",
                LocalDate.now(Days.ZONE).minusDays(3),
                proposed);
        DataStamp.moved(jdbc);
        assertCounts(1, 0, 0, 0);
    }

    @Test
    void countsTheFirstActionsOfTwoPeopleProposingAtOnce() {
        LocalDate due = LocalDate.now(Days.ZONE).plusMonths(10);
        Long objective = driver.objectiveOf(strategyId, city.member());
        try (Race race = new Race()) {
            race.atOnce(
                    () -> as(
                            city.member(),
                            () -> actions.propose(strategyId, driver.spec(objective, city.member(), "Sirens", due))),
                    () -> as(
                            city.chair(),
                            () -> actions.propose(
                                    strategyId, driver.spec(objective, city.member(), "Flood map", due))));
        }
        assertCounts(2, 0, 0, 0);
    }

    /** The figures as the dashboard reads them, and as counted afresh from the actions. */
    private void assertCounts(long counted, long completed, long onTime, long overdue) {
        List<ActionCounts> read = figures.countsByJurisdiction(List.of(city.id()));
        assertThat(read)
                .extracting(
                        ActionCounts::jurisdictionId,
                        ActionCounts::actions,
                        ActionCounts::completed,
                        ActionCounts::completedOnTime,
                        ActionCounts::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(city.id(), counted, completed, onTime, overdue));
        Map<String, Object> fresh = jdbc.queryForMap("""
                select count(*) as actions,
                       sum(case when status = 'VERIFIED' then 1 else 0 end) as completed,
                       sum(case when status = 'VERIFIED' and completed_on <= coalesce(approved_due, due_date) then 1 else 0 end) as on_time,
                       sum(case when status in ('APPROVED', 'IN_PROGRESS') and due_date < current_date then 1 else 0 end) as overdue
                from action where jurisdiction_id = ? and status <> 'CANCELLED'""", city.id());
        assertThat(List.of(fresh.get("actions"), fresh.get("completed"), fresh.get("on_time"), fresh.get("overdue")))
                .extracting(v -> ((Number) v).longValue())
                .containsExactly(counted, completed, onTime, overdue);
    }
}
