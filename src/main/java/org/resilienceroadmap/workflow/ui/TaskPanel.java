package org.resilienceroadmap.workflow.ui;

import com.vaadin.flow.component.Component;
import org.resilienceroadmap.workflow.TaskItem;

/**
 * How a feature shows what one of its tasks is about on the task page, above the outcomes: the
 * strategy version under review with its objectives and comments, for instance. Each feature
 * registers beans for the tasks it wants to show more for.
 */
public interface TaskPanel {

    boolean supports(TaskItem task);

    Component create(TaskItem task);
}
