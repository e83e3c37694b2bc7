package org.resilienceroadmap.workflow.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.ui.PhoneCards;
import org.resilienceroadmap.workflow.TaskFilter;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubject;
import org.resilienceroadmap.workflow.TaskSubjects;

/**
 * A grid of tasks: name, subject (the city and the subject's title), age, due date, assignee, and a
 * link that opens the task.
 */
public class TaskList extends Grid<TaskItem> {

    private final TaskSubjects subjects;
    private final UserScope me;
    private final Map<String, TaskSubject> about = new HashMap<>();
    /** The assignees' names by username, read with the tasks: a person reads a name, not an account. */
    private Map<String, String> names = Map.of();

    public TaskList(TaskSubjects subjects, UserScope me) {
        this.subjects = subjects;
        this.me = me;
        // Score tasks by their Essential's number: "Score Essential 2" before "Score Essential 10".
        addColumn(t -> TaskLabels.name(this, t))
                .setHeader(getTranslation("task.column.name"))
                .setFlexGrow(2)
                .setComparator(TaskFilter.byName(t -> TaskLabels.name(this, t)));
        addColumn(this::subjectOf)
                .setHeader(getTranslation("task.column.subject"))
                .setFlexGrow(3)
                .setSortable(true);
        addColumn(t -> TaskLabels.age(this, t.created()))
                .setHeader(getTranslation("task.column.age"))
                .setComparator(TaskItem::created);
        addColumn(t -> t.due() == null ? "" : Days.formatDue(getLocale(), t.due()))
                .setHeader(getTranslation("task.column.due"))
                .setComparator((a, b) ->
                        a.due() == null ? 1 : b.due() == null ? -1 : a.due().compareTo(b.due()));
        addColumn(this::assigneeOf).setHeader(getTranslation("task.column.assignee"));
        // Drawn by the browser from a template, not a link component a row: a page of fifty components
        // took the browser a third of a second to place (docs/BENCHMARKS.md, change 35). A link to a
        // route is followed inside the page, as a router link is.
        String open = getTranslation("task.open");
        addColumn(LitRenderer.<TaskItem>of(
                                "<a class=\"open-task\" id=\"open-task-${item.id}\" href=\"tasks/${item.id}\">${item.open}</a>")
                        .withProperty("id", TaskItem::id)
                        .withProperty("open", t -> open))
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // On a phone each task is a card: its name and subject, then its dates and assignee, and the Open link.
        PhoneCards.add(this, getTranslation("task.column.name"), this::card);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("task.none"));
    }

    public void show(List<TaskItem> tasks) {
        showSubjects(subjects.describe(tasks, getLocale()));
    }

    /** Tasks whose subjects were read already, in this order. */
    public void showSubjects(List<TaskSubject> tasks) {
        about.clear();
        tasks.forEach(s -> about.put(s.task().id(), s));
        names = subjects.names(tasks.stream().map(s -> s.task().assignee()).toList());
        org.resilienceroadmap.shared.ui.AllRows.show(
                this, tasks.stream().map(TaskSubject::task).toList());
    }

    private Div card(TaskItem t) {
        Div card = PhoneCards.card(
                new Span(TaskLabels.name(this, t)),
                new Span(subjectOf(t)),
                PhoneCards.fact(getTranslation("task.column.age"), TaskLabels.age(this, t.created())));
        if (t.due() != null) {
            card.add(PhoneCards.fact(getTranslation("task.column.due"), Days.formatDue(getLocale(), t.due())));
        }
        card.add(PhoneCards.fact(getTranslation("task.column.assignee"), assigneeOf(t)));
        // A link, not a button: it opens in a new tab too, and needs no server round trip to navigate.
        RouterLink open =
                new RouterLink(getTranslation("task.open"), TaskView.class, new RouteParameters("taskId", t.id()));
        open.addClassName("open-task");
        open.setId("open-card-" + t.id());
        card.add(new Div(open));
        return card;
    }

    private String assigneeOf(TaskItem t) {
        return t.assignee() == null
                ? getTranslation("task.unassigned")
                : t.isAssignedTo(me.username())
                        ? getTranslation("task.me")
                        : names.getOrDefault(t.assignee(), getTranslation("task.someoneElse"));
    }

    private String subjectOf(TaskItem task) {
        TaskSubject known = about.get(task.id());
        return known != null ? known.line() : subjects.title(task, getLocale());
    }
}
