package org.resilienceroadmap.strategy.ui;

import org.resilienceroadmap.strategy.StrategyAdoptions;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.ui.TaskPanel;

/**
 * The roadmap's stage-B gate ("Approve the Plan Better stage", {@code Task_StageBGate} in
 * {@code processes/roadmap.bpmn}) shows what the coordinator approves: the adopted strategy, its
 * adoption record and its objectives. The roadmap module calls this one, so its keys are named here.
 */
@org.springframework.stereotype.Component
class StageBGatePanel implements TaskPanel {

    static final String PROCESS = "roadmap";
    static final String TASK = "Task_StageBGate";

    private final StrategyService strategies;
    private final StrategyAdoptions adoptions;

    StageBGatePanel(StrategyService strategies, StrategyAdoptions adoptions) {
        this.strategies = strategies;
        this.adoptions = adoptions;
    }

    @Override
    public boolean supports(TaskItem task) {
        return PROCESS.equals(task.processKey()) && TASK.equals(task.taskKey()) && task.jurisdictionId() != null;
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task) {
        return new AdoptedStrategySummary(strategies, adoptions, task.jurisdictionId());
    }
}
