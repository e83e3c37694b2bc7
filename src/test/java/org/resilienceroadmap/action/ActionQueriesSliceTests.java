package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.support.RepositorySlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitoring queries of actions on the migrated schema (slice, H2): the overdue count per
 * jurisdiction (approved or in progress, past due; not a proposal, not a finished action, not another
 * jurisdiction) and the lists behind the counts, earliest due first.
 */
@RepositorySlice
class ActionQueriesSliceTests {

    private static final LocalDate TODAY = LocalDate.parse(RepositorySlice.TODAY);

    @Autowired
    ActionRepository actions;

    @Autowired
    ActionFigures figures;

    @Autowired
    JdbcClient jdbc;

    private long pirot;
    private long nis;
    private long outside;
    private long strategy;
    private long objective;

    @BeforeEach
    void twoCitiesWithAStrategy() {
        pirot = jurisdiction("RS-PI");
        nis = jurisdiction("RS-NI");
        outside = jurisdiction("TJ-DU");
        strategy = insert(
                "insert into strategy (jurisdiction_id, title, period_start, period_end, content, state,"
                        + " created_by, created_at, updated_by, updated_at) values (:j, 'S', :d, :d, '', 'ADOPTED', 'c', :t, 'c', :t)",
                Map.of("j", pirot, "d", TODAY, "t", java.sql.Timestamp.from(Instant.EPOCH)));
        objective = insert(
                "insert into strategy_objective (strategy_id, position, title) values (:s, 1, 'O')",
                Map.of("s", strategy));
    }

    private long jurisdiction(String code) {
        return insert("insert into jurisdiction (code, name, level) values (:c, :c, 'CITY')", Map.of("c", code));
    }

    private long insert(String sql, Map<String, Object> params) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }

    private Action action(long jurisdictionId, LocalDate due, ActionStatus... moves) {
        NewAction spec = new NewAction(
                objective,
                "Action due " + due,
                "",
                "Agency",
                "owner",
                TODAY.minusYears(1),
                due,
                new Money(BigDecimal.TEN, "EUR"),
                null,
                List.of(1),
                List.of(),
                List.of());
        Action action = new Action(strategy, jurisdictionId, spec, "proposer", Instant.EPOCH);
        ActionStatus from = ActionStatus.PROPOSED;
        for (ActionStatus to : moves) {
            action.move(from, to);
            from = to;
        }
        return actions.saveAndFlush(action);
    }

    @Test
    void overdueActionsAreCountedPerJurisdictionAsked() {
        action(pirot, TODAY.minusDays(1), ActionStatus.APPROVED);
        action(pirot, TODAY.minusDays(30), ActionStatus.APPROVED, ActionStatus.IN_PROGRESS);
        action(pirot, TODAY.minusDays(1));
        action(pirot, TODAY, ActionStatus.APPROVED);
        action(pirot, TODAY.minusDays(5), ActionStatus.APPROVED, ActionStatus.COMPLETED);
        action(pirot, TODAY.minusDays(5), ActionStatus.APPROVED, ActionStatus.CANCELLED);
        action(nis, TODAY.minusDays(2), ActionStatus.APPROVED);
        action(outside, TODAY.minusDays(2), ActionStatus.APPROVED);

        Map<Long, Long> overdue = figures.overdueByJurisdiction(List.of(pirot, nis));

        assertThat(overdue).containsExactlyInAnyOrderEntriesOf(Map.of(pirot, 2L, nis, 1L));
    }

    @Test
    void theOverdueListShowsTheEarliestDueFirstWithinTheLimit() {
        Action older = action(pirot, TODAY.minusDays(30), ActionStatus.APPROVED);
        Action newer = action(nis, TODAY.minusDays(1), ActionStatus.APPROVED, ActionStatus.IN_PROGRESS);
        action(pirot, TODAY.minusDays(60));
        action(outside, TODAY.minusDays(90), ActionStatus.APPROVED);

        assertThat(figures.list(List.of(pirot, nis), ActionFigures.Kind.OVERDUE, 10))
                .extracting(ActionLine::id)
                .containsExactly(older.getId(), newer.getId());
        assertThat(figures.list(List.of(pirot, nis), ActionFigures.Kind.OVERDUE, 1))
                .extracting(ActionLine::id)
                .containsExactly(older.getId());
    }

    @Test
    void completedOnTimeIsMeasuredAgainstTheDueDateAtApproval() {
        Action onTime = action(pirot, TODAY.minusDays(10), ActionStatus.APPROVED);
        onTime.completeOn(TODAY.minusDays(10));
        onTime.move(ActionStatus.APPROVED, ActionStatus.VERIFIED);
        Action extended = action(pirot, TODAY.minusDays(20), ActionStatus.APPROVED);
        extended.extendTo(TODAY.minusDays(1));
        extended.completeOn(TODAY.minusDays(5));
        extended.move(ActionStatus.APPROVED, ActionStatus.VERIFIED);
        Action claimed = action(pirot, TODAY.minusDays(3), ActionStatus.APPROVED, ActionStatus.COMPLETED);
        actions.saveAllAndFlush(List.of(onTime, extended));

        List<Long> scope = List.of(pirot);
        assertThat(figures.list(scope, ActionFigures.Kind.COMPLETED, 10))
                .extracting(ActionLine::id)
                .containsExactlyInAnyOrder(onTime.getId(), extended.getId());
        assertThat(figures.list(scope, ActionFigures.Kind.COMPLETED_ON_TIME, 10))
                .extracting(ActionLine::id)
                .containsExactly(onTime.getId());
        assertThat(figures.list(scope, ActionFigures.Kind.COMPLETED_AFTER_EXTENSION, 10))
                .extracting(ActionLine::id)
                .containsExactly(extended.getId());
        assertThat(figures.list(scope, ActionFigures.Kind.CLAIMED, 10))
                .extracting(ActionLine::id)
                .containsExactly(claimed.getId());
    }
}
