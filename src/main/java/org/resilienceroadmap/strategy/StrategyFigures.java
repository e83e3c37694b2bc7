package org.resilienceroadmap.strategy;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.resilienceroadmap.shared.CommaSeparated;
import org.resilienceroadmap.shared.IdArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategies counted for monitoring. The caller has checked that the jurisdictions are in the
 * reader's scope: this reads no user.
 */
@Service
@Transactional(readOnly = true)
public class StrategyFigures {

    /** The Ten Essentials for Making Cities Resilient, numbered 1 to 10. */
    private static final Set<Integer> TEN_ESSENTIALS =
            java.util.stream.IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toUnmodifiableSet());

    private final StrategyRepository strategies;
    private final JdbcClient jdbc;

    StrategyFigures(StrategyRepository strategies, JdbcClient jdbc) {
        this.strategies = strategies;
        this.jdbc = jdbc;
    }

    /**
     * Of these strategies, those whose objectives together are tied to every one of the Ten Essentials:
     * the reading of Sendai target E by which a local strategy counts only when it covers all ten. One
     * query over the objectives, not one per strategy.
     */
    public Set<Long> coveringAllTenEssentials(Collection<Long> strategyIds) {
        if (strategyIds.isEmpty()) {
            return Set.of();
        }
        Map<Long, Set<Integer>> covered = new HashMap<>();
        jdbc.sql("select strategy_id, essentials from strategy_objective where strategy_id = any(:ids)")
                .param("ids", IdArray.of(strategyIds))
                .query((rs, n) -> covered.computeIfAbsent(rs.getLong(1), id -> new HashSet<>())
                        .addAll(CommaSeparated.integers(rs.getString(2))))
                .list();
        return covered.entrySet().stream()
                .filter(e -> e.getValue().containsAll(TEN_ESSENTIALS))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Adopted strategies of these jurisdictions, most recently adopted first. */
    public List<AdoptedStrategy> adoptedIn(Collection<Long> jurisdictionIds) {
        if (jurisdictionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select s.id, s.jurisdiction_id, s.title, d.adopted_on, d.decision_reference"
                        + " from strategy s join strategy_adoption d on d.strategy_id = s.id"
                        + " where s.state = 'ADOPTED' and s.jurisdiction_id = any(:ids)"
                        + " order by d.adopted_on desc, s.id desc")
                .param("ids", IdArray.of(jurisdictionIds))
                .query((rs, n) -> (AdoptedStrategy) new Adopted(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, java.time.LocalDate.class),
                        rs.getString(5)))
                .list();
    }

    private record Adopted(
            Long getStrategyId,
            Long getJurisdictionId,
            String getTitle,
            java.time.LocalDate getAdoptedOn,
            String getDecisionReference)
            implements AdoptedStrategy {}

    /** Each of these jurisdictions' newest strategy (one query); jurisdictions without one are missing. */
    public Map<Long, StrategyStanding> standingIn(Collection<Long> jurisdictionIds) {
        if (jurisdictionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, StrategyStanding> newest = new HashMap<>();
        jdbc.sql("select s.jurisdiction_id, s.id, s.state, d.adopted_on from strategy s"
                        + " left join strategy_adoption d on d.strategy_id = s.id"
                        + " where s.jurisdiction_id in (:ids) order by s.created_at, s.id")
                .param("ids", jurisdictionIds)
                .query((rs, n) -> newest.put(
                        rs.getLong(1),
                        new StrategyStanding(
                                rs.getLong(1),
                                rs.getLong(2),
                                StrategyState.valueOf(rs.getString(3)),
                                rs.getObject(4, java.time.LocalDate.class))))
                .list();
        return newest;
    }
}
