package org.resilienceroadmap.strategy.ui;

import java.util.Set;

import org.resilienceroadmap.shared.text.MarkdownRenderer;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.StrategyVersions;
import org.resilienceroadmap.strategy.process.StrategyReviewProcess;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.ui.TaskPanel;

/** Review, consolidation and approval tasks show the version they decide on, its reviews and comments, and what changed. */
@org.springframework.stereotype.Component
class ReviewTaskPanel implements TaskPanel {

    private static final Set<String> TASKS = Set.of(
            StrategyReviewProcess.TASK_REVIEW,
            StrategyReviewProcess.TASK_CONSOLIDATE,
            StrategyReviewProcess.TASK_APPROVE);

    private final StrategyService strategies;
    private final StrategyVersions strategyVersions;
    private final MarkdownRenderer markdown;

    ReviewTaskPanel(StrategyService strategies, StrategyVersions strategyVersions, MarkdownRenderer markdown) {
        this.strategies = strategies;
        this.strategyVersions = strategyVersions;
        this.markdown = markdown;
    }

    @Override
    public boolean supports(TaskItem task) {
        return StrategyReviewProcess.KEY.equals(task.processKey()) && TASKS.contains(task.taskKey());
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task) {
        return new VersionUnderDecision(strategies, strategyVersions, markdown, Long.valueOf(task.subjectId()));
    }
}
