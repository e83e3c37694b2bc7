package org.resilienceroadmap.workflow.ui;

import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubjects;

/** My tasks and the tasks I can claim, filtered by a tab and a search text. */
@Route("tasks")
@Menu(order = 1, title = "nav.tasks", icon = "vaadin:tasks")
@PermitAll
class TaskInboxView extends VerticalLayout implements HasDynamicTitle {

    private final TaskInbox inbox;
    private final TaskSubjects subjects;
    private final UserScope me;
    private final TaskList grid;
    private final Tab mine = new Tab();
    private final Tab claimable = new Tab();
    private final Tab all = new Tab();
    private final Tabs tabs = new Tabs(all, mine, claimable);
    private final TextField search = new TextField();
    private List<TaskItem> tasks = List.of();

    TaskInboxView(TaskInbox inbox, TaskSubjects subjects, CurrentUser currentUser) {
        this.inbox = inbox;
        this.subjects = subjects;
        this.me = currentUser.scope();
        this.grid = new TaskList(subjects, me);
        grid.setId("task-grid");
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        search.setId("task-search");
        search.setPlaceholder(getTranslation("task.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> filter());
        tabs.addSelectedChangeListener(e -> filter());
        setSizeFull();
        add(new H2(getTranslation("nav.tasks")), new HorizontalLayout(tabs, search), grid);
        refresh();
    }

    private void refresh() {
        tasks = inbox.openTasks();
        all.setLabel(getTranslation("task.tab.all", tasks.size()));
        mine.setLabel(getTranslation("task.tab.mine", tasks.stream().filter(t -> t.isAssignedTo(me.username())).count()));
        claimable.setLabel(getTranslation("task.tab.claimable", tasks.stream().filter(t -> t.assignee() == null).count()));
        filter();
    }

    private void filter() {
        String text = search.getValue().toLowerCase(getLocale());
        grid.show(tasks.stream()
                .filter(t -> tabs.getSelectedTab() != mine || t.isAssignedTo(me.username()))
                .filter(t -> tabs.getSelectedTab() != claimable || t.assignee() == null)
                .filter(t -> text.isBlank() || TaskLabels.name(this, t).toLowerCase(getLocale()).contains(text)
                        || subjects.title(t, getLocale()).toLowerCase(getLocale()).contains(text))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks");
    }
}
