package org.resilienceroadmap.workflow;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.camunda.bpm.engine.RepositoryService;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.springframework.stereotype.Service;

/** The caller's open tasks with their subjects, filtered and in the inbox's order. */
@Service
public class TaskSearch {

    private final TaskInbox inbox;
    private final TaskSubjects subjects;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RepositoryService repository;

    TaskSearch(
            TaskInbox inbox,
            TaskSubjects subjects,
            CurrentUser currentUser,
            Clock clock,
            RepositoryService repository) {
        this.inbox = inbox;
        this.subjects = subjects;
        this.currentUser = currentUser;
        this.clock = clock;
        this.repository = repository;
    }

    /** Every open task of the caller with its subject, unfiltered: a page reads this once and filters it as people choose. */
    public List<TaskSubject> all(Locale locale) {
        return subjects.describe(inbox.openTasks(), locale);
    }

    /**
     * The caller's open tasks that the engine finds by the criteria, then filtered as the inbox filters:
     * every list built from the narrowed set, so that a page of it counts what matches. A process or
     * subject type that no process has is refused as bad input, naming the parameter.
     */
    public List<TaskSubject> find(
            TaskCriteria criteria, TaskFilter filter, Locale locale, Function<TaskItem, String> label) {
        check(criteria);
        return filter(subjects.describe(inbox.openTasksMatching(criteria), locale), filter, locale, label);
    }

    private void check(TaskCriteria criteria) {
        if (criteria.processKey() != null
                && repository
                                .createProcessDefinitionQuery()
                                .processDefinitionKey(criteria.processKey())
                                .count()
                        == 0) {
            throw new InvalidRequestException("processKey", "processKey names no process: " + criteria.processKey());
        }
        if (criteria.subjectType() != null && !subjects.subjectTypes().contains(criteria.subjectType())) {
            throw new InvalidRequestException(
                    "subjectType", "subjectType is one of " + String.join(", ", subjects.subjectTypes()));
        }
        if (criteria.subjectId() != null && criteria.subjectId().isBlank()) {
            throw new InvalidRequestException("subjectId", "subjectId must not be blank");
        }
    }

    public List<TaskSubject> filter(
            List<TaskSubject> all, TaskFilter filter, Locale locale, Function<TaskItem, String> label) {
        return filter.apply(
                all, currentUser.scope().username(), clock.instant(), ZoneId.systemDefault(), locale, label);
    }
}
