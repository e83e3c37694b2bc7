package org.resilienceroadmap.workflow;

import java.time.Instant;
import java.util.List;

/** An open task as the inbox and the API show it; {@code nameArgument} fills the translated name, e.g. the Essential. */
public record TaskItem(
        String id,
        String name,
        String description,
        String taskKey,
        String processKey,
        String processInstanceId,
        String subjectType,
        String subjectId,
        Long jurisdictionId,
        Instant created,
        Instant due,
        String assignee,
        List<String> outcomes,
        List<String> commentRequiredFor,
        List<TaskField> fields,
        Object nameArgument) {

    public boolean isAssignedTo(String username) {
        return username.equals(assignee);
    }

    public boolean needsComment(String outcome) {
        return commentRequiredFor.contains(outcome);
    }

    /** Whether the task declares a field of this name. */
    public boolean declares(String field) {
        return fields.stream().anyMatch(f -> f.name().equals(field));
    }
}
