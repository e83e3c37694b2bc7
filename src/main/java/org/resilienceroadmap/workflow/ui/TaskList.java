package org.resilienceroadmap.workflow.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubjects;

/** A grid of tasks: name, subject, age, due date, assignee, and a button that opens the task. */
public class TaskList extends Grid<TaskItem> {

    public TaskList(TaskSubjects subjects, UserScope me) {
        addColumn(t -> TaskLabels.name(this, t)).setHeader(getTranslation("task.column.name")).setFlexGrow(3)
                .setSortable(true);
        addColumn(t -> subjects.title(t, getLocale())).setHeader(getTranslation("task.column.subject"))
                .setFlexGrow(2).setSortable(true);
        addColumn(t -> TaskLabels.age(this, t.created())).setHeader(getTranslation("task.column.age"))
                .setComparator(TaskItem::created);
        addColumn(t -> t.due() == null ? "" : Days.formatDue(getLocale(), t.due())).setHeader(getTranslation("task.column.due"))
                .setComparator((a, b) -> a.due() == null ? 1 : b.due() == null ? -1 : a.due().compareTo(b.due()));
        addColumn(t -> t.assignee() == null ? getTranslation("task.unassigned")
                : t.isAssignedTo(me.username()) ? getTranslation("task.me") : t.assignee())
                .setHeader(getTranslation("task.column.assignee"));
        addComponentColumn(t -> {
            // A link, not a button: it opens in a new tab too, and needs no server round trip to navigate.
            RouterLink open = new RouterLink(getTranslation("task.open"), TaskView.class,
                    new RouteParameters("taskId", t.id()));
            open.setId("open-task-" + t.id());
            open.addClassName("open-task");
            return open;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("task.none"));
    }

    public void show(List<TaskItem> tasks) {
        org.resilienceroadmap.shared.ui.AllRows.show(this, tasks);
    }
}
