package org.resilienceroadmap.workflow.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.ui.RowTable;
import org.resilienceroadmap.workflow.TaskFilter;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubject;
import org.resilienceroadmap.workflow.TaskSubjects;

/**
 * A page of tasks: name, subject (the city and the subject's title), age, due date, assignee, and a
 * link that opens the task; a card per task on a phone. The name, subject, age and due date sort.
 */
public class TaskList extends RowTable<TaskItem> {

    static final String BY_NAME = "name";
    static final String BY_SUBJECT = "subject";
    static final String BY_AGE = "age";
    static final String BY_DUE = "due";

    private final TaskSubjects subjects;
    private final UserScope me;
    private final Map<String, TaskSubject> about = new HashMap<>();
    /** The assignees' names by username, read with the tasks: a person reads a name, not an account. */
    private Map<String, String> names = Map.of();

    public TaskList(TaskSubjects subjects, UserScope me) {
        this.subjects = subjects;
        this.me = me;
        setName(getTranslation("nav.tasks"));
        addColumn(getTranslation("task.column.name"), t -> TaskLabels.name(this, t))
                .sortable(BY_NAME)
                .withClassName("row-table-title");
        addColumn(getTranslation("task.column.subject"), this::subjectOf)
                .sortable(BY_SUBJECT)
                .withClassName("row-table-line");
        addColumn(getTranslation("task.column.age"), t -> TaskLabels.age(this, t.created()))
                .sortable(BY_AGE);
        addColumn(getTranslation("task.column.due"), t -> t.due() == null ? "" : Days.formatDue(getLocale(), t.due()))
                .sortable(BY_DUE)
                .withClassName("row-table-date");
        addColumn(getTranslation("task.column.assignee"), this::assigneeOf);
        // A link to a route is followed inside the page, as a router link is; it opens in a new tab too.
        String open = getTranslation("task.open");
        addCells(open, t -> List.of(Cell.link(open, "tasks/" + t.id(), "open-task-" + t.id(), "open-task")))
                .withClassName("row-table-action");
        setEmptyText(getTranslation("task.none"));
    }

    /**
     * The order the reader chose by a column's header, over every task that matches (not only the
     * page): by name, tasks of one kind by their number ("Score Essential 2" before "Score Essential
     * 10"); by age, the newest first, as the column reads; tasks with no due date last either way.
     */
    Optional<Comparator<TaskSubject>> chosenOrder() {
        String key = sortKey();
        if (key == null) {
            return Optional.empty();
        }
        Comparator<TaskSubject> order = switch (key) {
            case BY_NAME -> Comparator.comparing(TaskSubject::task, TaskFilter.byName(t -> TaskLabels.name(this, t)));
            case BY_SUBJECT -> Comparator.comparing(TaskSubject::line);
            case BY_AGE ->
                Comparator.comparing((TaskSubject s) -> s.task().created()).reversed();
            case BY_DUE ->
                Comparator.comparing(
                        (TaskSubject s) -> s.task().due(),
                        Comparator.nullsLast(
                                ascending() ? Comparator.<Instant>naturalOrder() : Comparator.<Instant>reverseOrder()));
            default -> null;
        };
        if (order == null) {
            return Optional.empty();
        }
        return Optional.of(ascending() || BY_DUE.equals(key) ? order : order.reversed());
    }

    /**
     * Where no page holds more tasks than it shows (the home page), the list sorts its own rows by the
     * header pressed; the inbox sorts every task that matches itself, over its pages.
     */
    public void sortsItsOwnRows() {
        onSort((key, ascending) -> chosenOrder()
                .ifPresent(order -> showSubjects(getItems().stream()
                        .map(t -> about.get(t.id()))
                        .sorted(order)
                        .toList())));
    }

    public void show(List<TaskItem> tasks) {
        showSubjects(subjects.describe(tasks, getLocale()));
    }

    /** Tasks whose subjects were read already, in this order. */
    public void showSubjects(List<TaskSubject> tasks) {
        about.clear();
        tasks.forEach(s -> about.put(s.task().id(), s));
        names = subjects.names(tasks.stream().map(s -> s.task().assignee()).toList());
        setItems(tasks.stream().map(TaskSubject::task).toList());
    }

    /** The label of a task's checkbox: "Pick Score Essential 2 · Dushanbe". */
    String pickLabel(TaskItem t) {
        return getTranslation("task.pick", TaskLabels.name(this, t) + " · " + subjectOf(t));
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
