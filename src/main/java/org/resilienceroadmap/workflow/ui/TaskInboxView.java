package org.resilienceroadmap.workflow.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.ui.Pager;
import org.resilienceroadmap.workflow.BulkDecisions;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSearch;
import org.resilienceroadmap.workflow.TaskSubject;
import org.resilienceroadmap.workflow.TaskSubjects;

/**
 * My tasks and the tasks I can claim: filtered by whose they are, a search text, the city, the
 * process, the plan, the due date and the age — all kept in the address, so a filtered inbox can be
 * bookmarked and shared — a page at a time. Tasks picked here (one by one, or all that match) are
 * claimed or decided together, and the page then lists what was done and what was refused, and why.
 */
@Route("tasks")
@Menu(order = 1, title = "nav.tasks", icon = "vaadin:tasks")
@PermitAll
class TaskInboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 25;

    private final TaskSearch search;
    private final UserScope me;
    private final TaskList table;
    private final TaskFilterBar filters = new TaskFilterBar(this::filtered);
    private final Pager pager = new Pager("task.page", this::turn);
    private final BulkBar bulk;
    private final BulkReport report;
    /** The tasks picked, over all pages: "select all that match" picks more than one page shows. */
    private final Set<String> selected = new LinkedHashSet<>();

    private List<TaskSubject> tasks = List.of();
    private List<TaskSubject> shown = List.of();
    private int page;

    TaskInboxView(TaskSearch search, TaskSubjects subjects, BulkDecisions decisions, CurrentUser currentUser) {
        this.search = search;
        this.me = currentUser.scope();
        this.table = new TaskList(subjects, me);
        table.setId("task-table");
        this.report = new BulkReport(subjects);
        this.bulk = new BulkBar(
                decisions, this::selectedTasks, this::selectAllMatching, this::clearSelection, this::afterBulk);
        table.pickable(
                TaskItem::id,
                table::pickLabel,
                getTranslation("task.pickPage"),
                t -> selected.contains(t.id()),
                (tasks, on) -> {
                    tasks.forEach(t -> {
                        if (on) {
                            selected.add(t.id());
                        } else {
                            selected.remove(t.id());
                        }
                    });
                    bulk.update();
                });
        table.onSort((key, ascending) -> {
            page = 0;
            show();
            rememberAddress();
        });
        setSizeFull();
        add(new H1(getTranslation("nav.tasks")), filters, bulk, report, table, pager);
    }

    /** The address holds the filters and the page: ?show=mine&q=siren&…&page=2 (see {@link TaskFilterBar#read}). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        tasks = search.all(getLocale());
        filters.offer(tasks, me.username());
        filters.read(query);
        page = TaskFilterBar.number(TaskFilterBar.one(query, "page"))
                .map(n -> n - 1)
                .orElse(0);
        // ?sort=due is the earliest first, ?sort=-due the latest; unsorted, the inbox's own order.
        table.showSortedFrom(TaskFilterBar.one(query, "sort"), null);
        show();
    }

    /** A filter changed: back to the first page, the address says what is shown. */
    private void filtered() {
        page = 0;
        show();
        rememberAddress();
    }

    private void turn(int by) {
        page += by;
        show();
        rememberAddress();
    }

    private void rememberAddress() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("tasks", address())));
    }

    private QueryParameters address() {
        Map<String, String> query = new LinkedHashMap<>();
        filters.write(query);
        if (table.sortInAddress() != null) {
            query.put("sort", table.sortInAddress());
        }
        if (page > 0) {
            query.put("page", String.valueOf(page + 1));
        }
        return QueryParameters.simple(query);
    }

    private void show() {
        shown = search.filter(tasks, filters.filter(), getLocale(), t -> TaskLabels.name(this, t));
        table.chosenOrder()
                .ifPresent(order -> shown = shown.stream().sorted(order).toList());
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.max(0, Math.min(page, pages - 1));
        table.showSubjects(shown.subList(page * PAGE_SIZE, Math.min(shown.size(), (page + 1) * PAGE_SIZE)));
        pager.show(page, pages, shown.size());
        // What the filters hide is no longer picked: a decision reaches only tasks one can see. The
        // page's rows are all among them, so its drawing above stands.
        Set<String> visible = new java.util.HashSet<>();
        shown.forEach(s -> visible.add(s.task().id()));
        selected.retainAll(visible);
        bulk.update();
    }

    private void syncSelection() {
        table.draw();
        bulk.update();
    }

    private List<TaskSubject> selectedTasks() {
        return shown.stream().filter(s -> selected.contains(s.task().id())).toList();
    }

    private void selectAllMatching() {
        shown.forEach(s -> selected.add(s.task().id()));
        syncSelection();
    }

    private void clearSelection() {
        selected.clear();
        syncSelection();
    }

    /** After a bulk request: its report, and the inbox read again (what was done has left it). */
    private void afterBulk(BulkReport.Done done) {
        report.show(done, this);
        selected.clear();
        tasks = search.all(getLocale());
        filters.offer(tasks, me.username());
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks");
    }
}
