package org.resilienceroadmap.action;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Starts each action's process and hands it what the owner did on the action's page. */
@Component
class ActionRuns {

    private final RuntimeService runtime;
    private final TaskService tasks;

    ActionRuns(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    void start(Action action, String progressCycle) {
        String id = String.valueOf(action.getId());
        runtime.startProcessInstanceByKey(ActionProcess.KEY, id, Map.of(
                ProcessVariables.SUBJECT_TYPE, ActionService.SUBJECT_TYPE,
                ProcessVariables.SUBJECT_ID, id,
                ProcessVariables.JURISDICTION_ID, action.getJurisdictionId(),
                ProcessVariables.DECIDED_BY, action.getCreatedBy(),
                ActionProcess.PROGRESS_CYCLE, progressCycle));
    }

    /** Every progress-report task the cycle has opened is answered by the report. */
    void progressReported(Long actionId) {
        open(actionId, ActionProcess.TASK_REPORT_PROGRESS).forEach(t -> tasks.complete(t.getId()));
    }

    void completionClaimed(Long actionId) {
        List<Task> carryOut = open(actionId, ActionProcess.TASK_CARRY_OUT);
        if (carryOut.isEmpty()) {
            throw new ConflictException("The action is not being carried out now (awaiting approval, overdue"
                    + " with the coordinator, or claimed already)");
        }
        tasks.complete(carryOut.get(0).getId());
    }

    private List<Task> open(Long actionId, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(ActionProcess.KEY).processInstanceBusinessKey(
                String.valueOf(actionId)).taskDefinitionKey(taskKey).list();
    }
}
