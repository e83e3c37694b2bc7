package org.resilienceroadmap.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.NewAction;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.boot.test.context.TestComponent;

/** A test city with an adopted strategy, and actions proposed and approved under it as its people would. */
@TestComponent
public class ActionDriver {

    public static final String COORDINATOR = "coordinator.tajikistan";

    private final StrategyDriver strategies;
    private final StrategyService strategyService;
    private final ActionService actions;
    private final TaskInbox inbox;

    public ActionDriver(
            StrategyDriver strategies, StrategyService strategyService, ActionService actions, TaskInbox inbox) {
        this.strategies = strategies;
        this.strategyService = strategyService;
        this.actions = actions;
        this.inbox = inbox;
    }

    /** Adopts a strategy for the city (one objective, "Early warning for every district") and returns its id. */
    public Long adoptedStrategy(TestCity city) {
        return strategies.adopt(city.id(), city.chair(), city.member(), COORDINATOR);
    }

    public Long objectiveOf(Long strategyId, String anyone) {
        return SignedIn.as(
                anyone,
                () -> strategyService
                        .detail(strategyId)
                        .strategy()
                        .getObjectives()
                        .get(0)
                        .getId());
    }

    /** An action owned by the city's member, due on the given date; 60,000 EUR of local money: the national coordinator approves it. */
    public NewAction spec(Long objectiveId, String owner, String title, LocalDate due) {
        return new NewAction(
                objectiveId,
                title,
                "Install and test sirens",
                "Committee of Emergency Situations",
                owner,
                due.minusMonths(6),
                due,
                new Money(new BigDecimal("60000"), "EUR"),
                null,
                List.of(2, 9),
                List.of(),
                List.of(4));
    }

    /** Proposed by the city's member and accepted by its chair for the working group: it waits for the coordinator. */
    public Action propose(TestCity city, Long strategyId, String title, LocalDate due) {
        Action a = proposed(city, strategyId, title, due);
        accept(city, a.getId());
        return a;
    }

    /** Proposed by the city's member: it waits for the working group's review. */
    public Action proposed(TestCity city, Long strategyId, String title, LocalDate due) {
        Long objective = objectiveOf(strategyId, city.member());
        return SignedIn.as(
                city.member(), () -> actions.propose(strategyId, spec(objective, city.member(), title, due)));
    }

    /** The city's chair accepts the action into the plan. */
    public void accept(TestCity city, Long actionId) {
        decide(city.chair(), actionId, "Task_ReviewAction", "accept", null, Map.of());
    }

    public void decide(
            String who, Long actionId, String taskKey, String outcome, String comment, Map<String, Object> fields) {
        TaskItem task = task(who, actionId, taskKey);
        SignedIn.as(who, () -> {
            inbox.complete(task.id(), outcome, comment, fields);
            return null;
        });
    }

    public TaskItem task(String who, Long actionId, String taskKey) {
        return SignedIn.as(who, inbox::openTasks).stream()
                .filter(t -> t.processKey().equals("action")
                        && t.taskKey().equals(taskKey)
                        && String.valueOf(actionId).equals(t.subjectId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(who + " has no " + taskKey + " for action " + actionId));
    }

    /** Proposes and approves: the action is being carried out. */
    public Action approved(TestCity city, Long strategyId, String title, LocalDate due) {
        Action a = propose(city, strategyId, title, due);
        decide(COORDINATOR, a.getId(), "Task_ApproveAction", "approve", null, Map.of());
        return a;
    }
}
