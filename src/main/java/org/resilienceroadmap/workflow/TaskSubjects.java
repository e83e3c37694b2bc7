package org.resilienceroadmap.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Finds the feature's link for a task's subject. */
@Component
public class TaskSubjects {

    private final List<TaskSubjectLink> links;

    TaskSubjects(List<TaskSubjectLink> links) {
        this.links = links;
    }

    public Optional<TaskSubjectLink> linkFor(TaskItem task) {
        return links.stream().filter(l -> l.subjectType().equals(task.subjectType())).findFirst();
    }

    public String title(TaskItem task, Locale locale) {
        return linkFor(task).map(l -> l.title(task.subjectId(), locale)).orElse(task.subjectId());
    }
}
