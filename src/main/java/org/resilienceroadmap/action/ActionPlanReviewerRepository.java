package org.resilienceroadmap.action;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members a chair named to review a strategy's proposed actions: a set of names, no entity of its own. */
@Repository
class ActionPlanReviewerRepository {

    private final JdbcClient jdbc;

    ActionPlanReviewerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> usernames(Long strategyId) {
        return jdbc.sql("select username from action_plan_reviewer where strategy_id = ? order by username")
                .param(strategyId)
                .query(String.class)
                .list();
    }

    void replace(Long strategyId, Collection<String> usernames) {
        jdbc.sql("delete from action_plan_reviewer where strategy_id = ?")
                .param(strategyId)
                .update();
        usernames.stream()
                .distinct()
                .forEach(u -> jdbc.sql("insert into action_plan_reviewer (strategy_id, username) values (?, ?)")
                        .params(strategyId, u)
                        .update());
    }
}
