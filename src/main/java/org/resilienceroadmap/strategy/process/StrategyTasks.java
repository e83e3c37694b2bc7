package org.resilienceroadmap.strategy.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
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

    /**
     * Whether the review started with a submitted version (the chair's first submission) rather than from the
     * roadmap's stage B, which passes none. A method rather than {@code ${versionNumber != null}} because JUEL
     * throws on a variable that was never set.
     */
    public boolean versionSubmitted(VariableScope execution) {
        return execution.getVariable(StrategyReviewProcess.VERSION_NUMBER) != null;
    }
}
