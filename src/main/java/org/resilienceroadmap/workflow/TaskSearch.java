package org.resilienceroadmap.workflow;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.resilienceroadmap.security.CurrentUser;
import org.springframework.stereotype.Service;

/** The caller's open tasks with their subjects, filtered and in the inbox's order. */
@Service
public class TaskSearch {

    private final TaskInbox inbox;
    private final TaskSubjects subjects;
    private final CurrentUser currentUser;
    private final Clock clock;

    TaskSearch(TaskInbox inbox, TaskSubjects subjects, CurrentUser currentUser, Clock clock) {
        this.inbox = inbox;
        this.subjects = subjects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every open task of the caller with its subject, unfiltered: a page reads this once and filters it as people choose. */
    public List<TaskSubject> all(Locale locale) {
        return subjects.describe(inbox.openTasks(), locale);
    }

    public List<TaskSubject> find(TaskFilter filter, Locale locale, Function<TaskItem, String> label) {
        return filter(all(locale), filter, locale, label);
    }

    public List<TaskSubject> filter(
            List<TaskSubject> all, TaskFilter filter, Locale locale, Function<TaskItem, String> label) {
        return filter.apply(
                all, currentUser.scope().username(), clock.instant(), ZoneId.systemDefault(), locale, label);
    }
}
