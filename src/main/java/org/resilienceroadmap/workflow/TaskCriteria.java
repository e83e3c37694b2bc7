package org.resilienceroadmap.workflow;

import java.time.LocalDate;

/**
 * What the caller's open tasks are narrowed by in the database, as the engine's task query would narrow them: the process,
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
}
