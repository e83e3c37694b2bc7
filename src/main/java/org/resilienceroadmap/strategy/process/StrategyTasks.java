package org.resilienceroadmap.strategy.process;

import java.util.List;

import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.springframework.stereotype.Component;

/** Expressions of strategy-review.bpmn (public: the engine calls it by reflection). */
@Component("strategyTasks")
public class StrategyTasks {

    private final StrategyReviewSteps steps;

    StrategyTasks(StrategyReviewSteps steps) {
        this.steps = steps;
    }

    /** The reviewers of the round, one review task each. */
    public List<String> reviewers(String commaSeparated) {
        return steps.reviewers(commaSeparated);
    }
}
