package org.resilienceroadmap.workflow.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.workflow.TaskComment;

/** The comments on a task's process so far, oldest first: who, when, on which task, and what they wrote. */
class TaskCommentList extends VerticalLayout {

    /** {@code taskName} names the task a comment was written on, or null when it names none. */
    TaskCommentList(List<TaskComment> comments, DateTimeFormatter time, Function<TaskComment, String> taskName) {
        add(new H3(getTranslation("task.comments")));
        setPadding(false);
        setId("task-comments");
        if (comments.isEmpty()) {
            add(new Span(getTranslation("task.noComments")));
        }
        for (TaskComment c : comments) {
            String onTask = taskName.apply(c);
            Div entry = new Div(
                    new Span((c.author() == null ? "—" : c.author()) + " · " + time.format(c.at())
                            + (onTask == null ? "" : " · " + onTask)),
                    new Paragraph(c.message()));
            entry.addClassName("task-comment");
            add(entry);
        }
    }
}
