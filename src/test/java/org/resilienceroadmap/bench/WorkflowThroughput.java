package org.resilienceroadmap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.NewAction;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.context.ApplicationContext;

/**
 * Task completions per second: the coordinator's approval of proposed actions ({@code action.bpmn},
 * whose approval runs the same delegates either way), once through the application's service layer
 * ({@link TaskInbox#complete}: the caller's scope, candidate check, claim, comment rules, audit) and
 * once through the bare engine API ({@link TaskService#complete}) — in the same run, on the same
 * database, with the same threads, in alternating rounds so that neither gets the warmer JVM.
 */
final class WorkflowThroughput {

    record Outcome(
            double appPerSecond,
            double enginePerSecond,
            int completionsEach,
            double appStatements,
            double engineStatements) {

        /** How much of the bare engine's throughput the service layer costs, in percent. */
        double overheadPercent() {
            return (1 - appPerSecond / enginePerSecond) * 100;
        }
    }

    private final TaskInbox inbox;
    private final TaskService tasks;
    private final ActionService actions;
    private final StatementCount statements;

    WorkflowThroughput(ApplicationContext context) {
        this.statements = new StatementCount(context);
        this.inbox = context.getBean(TaskInbox.class);
        this.tasks = context.getBean(TaskService.class);
        this.actions = context.getBean(ActionService.class);
    }

    Outcome measure(CityWalk walk, int completionsEach, int threads, int rounds) throws Exception {
        String code = "SC-TP-" + System.currentTimeMillis() / 1000;
        CityWalk.AdoptedCity city = walk.toStageC(code, 1, 1);
        String coordinator = city.people().coordinator();
        int warmUp = Math.max(20, completionsEach / 10);
        int counted = 50;
        List<String> approvals = propose(actions, tasks, walk, city, code, 2 * (warmUp + completionsEach + counted));
        Consumer<String> app = id -> SignedIn.as(coordinator, () -> {
            inbox.complete(id, "approve", null, Map.of());
            return null;
        });
        // The same three variables the task form hands over (a decision without a comment clears the last one).
        Map<String, Object> decision = new java.util.HashMap<>();
        decision.put(ProcessVariables.OUTCOME, "approve");
        decision.put(ProcessVariables.DECIDED_BY, coordinator);
        decision.put(ProcessVariables.COMMENT, null);
        Consumer<String> engine = id -> tasks.complete(id, decision);
        run(approvals.subList(0, warmUp), app, threads);
        run(approvals.subList(warmUp, 2 * warmUp), engine, threads);
        List<String> measured = approvals.subList(2 * warmUp, approvals.size());
        int perRound = completionsEach / rounds;
        double appSeconds = 0;
        double engineSeconds = 0;
        for (int r = 0; r < rounds; r++) {
            List<String> slice = measured.subList(2 * r * perRound, 2 * (r + 1) * perRound);
            appSeconds += run(slice.subList(0, perRound), app, threads);
            engineSeconds += run(slice.subList(perRound, 2 * perRound), engine, threads);
        }
        int each = perRound * rounds;
        // SQL statements per completion, each path on its own (one thread, so nothing else is counted).
        List<String> rest = measured.subList(2 * each, 2 * each + 2 * counted);
        double appStatements = statements
                .around(counted, () -> runQuietly(rest.subList(0, counted), app))
                .perRun();
        double engineStatements = statements
                .around(counted, () -> runQuietly(rest.subList(counted, 2 * counted), engine))
                .perRun();
        return new Outcome(each / appSeconds, each / engineSeconds, each, appStatements, engineStatements);
    }

    /** Proposes {@code count} actions in the city, 200 at a time as an imported plan does; answers their approval tasks. */
    static List<String> propose(
            ActionService actions,
            TaskService tasks,
            CityWalk walk,
            CityWalk.AdoptedCity city,
            String code,
            int count) {
        List<NewAction> specs = walk.specs(city.strategyId(), code, city.people(), count, 1);
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < count; from += 200) {
            List<NewAction> chunk = specs.subList(from, Math.min(count, from + 200));
            List<Action> proposed =
                    SignedIn.as(city.people().chair(), () -> actions.proposeAll(city.strategyId(), chunk));
            for (Action a : proposed) {
                walk.acceptInEngine(city.people().chair(), a);
                Task task = tasks.createTaskQuery()
                        .processDefinitionKey(ActionProcess.KEY)
                        .processInstanceBusinessKey(String.valueOf(a.getId()))
                        .taskDefinitionKey(ActionProcess.TASK_APPROVE)
                        .singleResult();
                ids.add(task.getId());
            }
        }
        return ids;
    }

    private static Void runQuietly(List<String> taskIds, Consumer<String> complete) {
        taskIds.forEach(complete);
        return null;
    }

    /** Completes the tasks on {@code threads} threads; answers the seconds it took. */
    private static double run(List<String> taskIds, Consumer<String> complete, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < taskIds.size(); i += threads) {
                        complete.accept(taskIds.get(i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
