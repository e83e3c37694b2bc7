package org.resilienceroadmap.workflow.ui;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.Component;
import org.resilienceroadmap.workflow.TaskItem;

/** Task and outcome names from the bundles (key {@code task.<process>.<task>}), falling back to the BPMN name. */
final class TaskLabels {

    private TaskLabels() {
    }

    static String name(Component c, TaskItem task) {
        String text = c.getTranslation("task." + task.processKey() + "." + task.taskKey(), task.nameArgument());
        return text.startsWith("!") ? task.name() : text;
    }

    static String outcome(Component c, String outcome) {
        String text = c.getTranslation("outcome." + outcome);
        return text.startsWith("!") ? outcome : text;
    }

    static String age(Component c, Instant created) {
        long days = Duration.between(created, Instant.now()).toDays();
        return days == 0 ? c.getTranslation("time.today") : c.getTranslation("time.daysAgo", days);
    }
}
