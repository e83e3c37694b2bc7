package org.resilienceroadmap.escalation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.resilienceroadmap.escalation.WaitingTask;
import org.resilienceroadmap.workflow.ProcessVariables;

/** Reads, from the step a boundary timer started, which task waits: the one the timer is attached to. */
final class WaitingTasks {

    private WaitingTasks() {}

    static WaitingTask of(DelegateExecution execution) {
        FlowNode step = (FlowNode) execution.getBpmnModelElementInstance();
        SequenceFlow in = step.getIncoming().iterator().next();
        String taskKey = ((BoundaryEvent) in.getSource()).getAttachedTo().getId();
        var services = execution.getProcessEngineServices();
        String processKey = services.getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId())
                .getKey();
        Task task = services
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
        Object jurisdiction = execution.getVariable(ProcessVariables.JURISDICTION_ID);
        return new WaitingTask(
                processKey,
                taskKey,
                task == null ? "" : task.getId(),
                (String) execution.getVariable(ProcessVariables.SUBJECT_TYPE),
                String.valueOf(execution.getVariable(ProcessVariables.SUBJECT_ID)),
                jurisdiction == null ? null : Long.valueOf(jurisdiction.toString()));
    }
}
