package org.resilienceroadmap.bench;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.workflow.BulkDecisions;
import org.resilienceroadmap.workflow.BulkResult;
import org.springframework.context.ApplicationContext;

/**
 * A coordinator approves an imported plan in one request: {@code count} proposed actions of a fresh
 * city in stage C, approved with one comment through {@link BulkDecisions} — each in its own
 * transaction with its checks, audit record and notice, as the inbox's bulk decision and
 * {@code POST /api/v1/tasks/bulk-complete} do it. The figure is the wall-clock time of that one call.
 */
final class BulkApproval {

    record Outcome(int tasks, int approved, double seconds) {}

    private final BulkDecisions bulk;
    private final ActionService actions;
    private final TaskService tasks;

    BulkApproval(ApplicationContext context) {
        this.bulk = context.getBean(BulkDecisions.class);
        this.actions = context.getBean(ActionService.class);
        this.tasks = context.getBean(TaskService.class);
    }

    Outcome measure(CityWalk walk, int count) {
        String code = "SC-BK-" + System.currentTimeMillis() / 1000;
        CityWalk.AdoptedCity city = walk.toStageC(code, 1, 1);
        List<String> approvals = WorkflowThroughput.propose(actions, tasks, walk, city, code, count);
        long start = System.nanoTime();
        List<BulkResult> results = SignedIn.as(
                city.people().coordinator(),
                () -> bulk.complete(approvals, "approve", "The plan as agreed at the review workshop."));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(
                count, (int) results.stream().filter(BulkResult::isDone).count(), seconds);
    }
}
