package org.resilienceroadmap.workflow.ui;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.Component;
import org.resilienceroadmap.workflow.TaskComment;
import org.resilienceroadmap.workflow.TaskItem;

/** Task and outcome names from the bundles (key {@code task.<process>.<task>}), falling back to the BPMN name. */
final class TaskLabels {

    private TaskLabels() {}

    static String name(Component c, TaskItem task) {
        return translated(c, "task." + task.processKey() + "." + task.taskKey(), task.name(), task.nameArgument());
    }

    /** What the task asks, key {@code task.<process>.<task>.description}; the BPMN documentation otherwise. */
    static String description(Component c, TaskItem task) {
        // No argument: the texts are read as they stand, not as message formats.
        String text = c.getTranslation("task." + task.processKey() + "." + task.taskKey() + ".description");
        return text.startsWith("!") ? task.description() : text;
    }

    /** The task a comment was left on, as {@link #name} names it; null when the comment has no task. */
    static String name(Component c, TaskComment comment) {
        if (comment.taskKey() == null) {
            return comment.taskName();
        }
        return translated(
                c,
                "task." + comment.processKey() + "." + comment.taskKey(),
                comment.taskName(),
                comment.nameArgument());
    }

    private static String translated(Component c, String key, String fallback, Object argument) {
        String text = c.getTranslation(key, argument);
        return text.startsWith("!") ? fallback : text;
    }

    static String outcome(Component c, String outcome) {
        String text = c.getTranslation("outcome." + outcome);
        return text.startsWith("!") ? outcome : text;
    }

    static String age(Component c, Instant created) {
        long days = Duration.between(created, Instant.now()).toDays();
        if (days == 0) {
            return c.getTranslation("time.today");
        }
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        return c.getTranslation(org.resilienceroadmap.shared.i18n.Plurals.key("time.daysAgo", days, locale), days);
    }
}
