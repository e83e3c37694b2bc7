package org.resilienceroadmap.workflow;

import java.time.Instant;

import org.camunda.bpm.engine.task.Task;

/** An engine task as far as the inbox reads it: the columns of its row, not the engine's whole task. */
record TaskRow(
        String id,
        String name,
        String description,
        String taskKey,
        String processDefinitionId,
        String processInstanceId,
        String executionId,
        Instant created,
        Instant due,
        String assignee) {

    static TaskRow of(Task task) {
        return new TaskRow(
                task.getId(),
                task.getName(),
                task.getDescription(),
                task.getTaskDefinitionKey(),
                task.getProcessDefinitionId(),
                task.getProcessInstanceId(),
                task.getExecutionId(),
                task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee());
    }
}
