package org.resilienceroadmap.workflow;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.task.TaskQuery;
import org.resilienceroadmap.shared.Days;

/**
 * What the engine's own queries narrow the caller's open tasks by, before any is read: the process,
 * the subject's type and id, the jurisdiction, and the day it is due — strictly before or after a day,
 * the day being the one the API shows as {@code dueDate}. A task without a due date passes neither due
 * bound. Every part may be left out ({@code null}); those given all apply.
 */
public record TaskCriteria(
        String processKey,
        String subjectType,
        String subjectId,
        Long jurisdictionId,
        LocalDate dueBefore,
        LocalDate dueAfter) {

    public static final TaskCriteria NONE = new TaskCriteria(null, null, null, null, null, null);

    TaskQuery narrow(TaskQuery query) {
        if (processKey != null) {
            query.processDefinitionKey(processKey);
        }
        if (subjectType != null) {
            query.processVariableValueEquals(ProcessVariables.SUBJECT_TYPE, subjectType);
        }
        if (subjectId != null) {
            query.processVariableValueEquals(ProcessVariables.SUBJECT_ID, subjectId);
        }
        if (jurisdictionId != null) {
            query.processVariableValueEquals(ProcessVariables.JURISDICTION_ID, jurisdictionId);
        }
        // A day due is kept as the moment it ends (Days.endOf): due before day D is due at the start of D
        // or earlier, due after D is due later than the end of D.
        if (dueBefore != null) {
            query.dueBefore(
                    Date.from(dueBefore.atStartOfDay(Days.ZONE).toInstant().plusMillis(1)));
        }
        if (dueAfter != null) {
            query.dueAfter(Date.from(Days.endOf(dueAfter)));
        }
        return query;
    }
}
