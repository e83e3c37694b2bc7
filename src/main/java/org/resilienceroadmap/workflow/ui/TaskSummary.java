package org.resilienceroadmap.workflow.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubject;

/** What a task asks: its name, its subject (linked to the place it is done on), its description, when it was created and is due, and whose it is. */
class TaskSummary extends VerticalLayout {

    /** {@code assignee} is the assignee's name as colleagues know it, null while nobody has claimed the task. */
    TaskSummary(TaskItem task, TaskSubject about, DateTimeFormatter time, String assignee) {
        setPadding(false);
        H1 title = new H1(TaskLabels.name(this, task));
        title.setId("task-title");
        Div subject = new Div(new Span(getTranslation("task.column.subject") + ": "));
        if (about.route() != null) {
            // The exact place the task is done on: the Essential, the version under review, the action.
            Anchor open = new Anchor(about.route(), about.line());
            open.setId("task-subject");
            subject.add(open);
        } else {
            subject.add(new Span(about.line()));
        }
        Paragraph description = new Paragraph(TaskLabels.description(this, task));
        description.setId("task-description");
        Span meta = new Span(getTranslation("task.created", time.format(task.created()))
                + (task.due() == null
                        ? ""
                        : " · " + getTranslation("task.dueOn", Days.formatDue(getLocale(), task.due())))
                + " · "
                + (assignee == null ? getTranslation("task.unassigned") : getTranslation("task.assignedTo", assignee)));
        meta.addClassName("task-meta");
        add(title, subject, description, meta);
    }
}
