package org.resilienceroadmap.workflow.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import org.resilienceroadmap.workflow.BulkDecisions;
import org.resilienceroadmap.workflow.TaskFilter;
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

    static final int PAGE_SIZE = 50;
    private static final List<Integer> AGES = List.of(7, 30);

    private final TaskSearch search;
    private final UserScope me;
    private final TaskList grid;
    private final Tab mine = new Tab();
    private final Tab claimable = new Tab();
    private final Tab all = new Tab();
    private final Tabs tabs = new Tabs(all, mine, claimable);
    private final TextField text = new TextField();
    private final ComboBox<Long> city = new ComboBox<>();
    private final ComboBox<String> process = new ComboBox<>();
    private final ComboBox<String> plan = new ComboBox<>();
    private final Select<TaskFilter.Due> due = new Select<>();
    private final Select<Integer> age = new Select<>();
    private final Span pageLabel = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final HorizontalLayout pager;
    private final BulkBar bulk;
    private final BulkReport report;
    /** The tasks picked, over all pages: "select all that match" picks more than one page shows. */
    private final Set<String> selected = new LinkedHashSet<>();
    private final Map<Long, String> placeNames = new java.util.HashMap<>();
    private final Map<String, String> planNames = new java.util.HashMap<>();
    private List<TaskSubject> tasks = List.of();
    private List<TaskSubject> shown = List.of();
    private int page;
    /** Set while the page writes the filters or the selection itself, so that their listeners keep still. */
    private boolean quiet;

    TaskInboxView(TaskSearch search, TaskSubjects subjects, BulkDecisions decisions, CurrentUser currentUser) {
        this.search = search;
        this.me = currentUser.scope();
        this.grid = new TaskList(subjects, me);
        grid.setId("task-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        this.report = new BulkReport(subjects);
        this.bulk = new BulkBar(decisions, this::selectedTasks, this::selectAllMatching, this::clearSelection,
                this::afterBulk);
        grid.asMultiSelect().addSelectionListener(e -> {
            if (!quiet) {
                shownOnPage().forEach(t -> selected.remove(t.id()));
                e.getAllSelectedItems().forEach(t -> selected.add(t.id()));
                bulk.update();
            }
        });
        configureFilters();
        previous.setText(getTranslation("task.page.previous"));
        previous.setId("task-page-previous");
        previous.addClickListener(e -> turn(-1));
        next.setText(getTranslation("task.page.next"));
        next.setId("task-page-next");
        next.addClickListener(e -> turn(1));
        pageLabel.setId("task-page");
        pager = new HorizontalLayout(previous, pageLabel, next);
        pager.setAlignItems(FlexComponent.Alignment.BASELINE);
        FlexLayout filters = new FlexLayout(text, city, process, plan, due, age);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        // Each filter takes its share of a row and a row of its own on a phone.
        for (HasStyle field : List.<HasStyle>of(text, city, process, plan, due, age)) {
            field.getStyle().set("flex", "1 1 12em").set("max-width", "24em");
        }
        plan.getStyle().set("flex", "2 1 16em").set("max-width", "36em");
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        filters.setId("task-filters");
        setSizeFull();
        add(new H1(getTranslation("nav.tasks")), tabs, filters, bulk, report, grid, pager);
    }

    private void configureFilters() {
        text.setId("task-search");
        text.setPlaceholder(getTranslation("task.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        city.setId("task-filter-city");
        city.setPlaceholder(getTranslation("task.filter.city"));
        city.setClearButtonVisible(true);
        process.setId("task-filter-process");
        process.setPlaceholder(getTranslation("task.filter.process"));
        process.setClearButtonVisible(true);
        process.setItemLabelGenerator(this::processName);
        plan.setId("task-filter-plan");
        plan.setPlaceholder(getTranslation("task.filter.plan"));
        plan.setClearButtonVisible(true);
        due.setId("task-filter-due");
        due.setItems(TaskFilter.Due.values());
        due.setEmptySelectionAllowed(true);
        due.setEmptySelectionCaption(getTranslation("task.filter.due.any"));
        due.setItemLabelGenerator(d -> d == null ? getTranslation("task.filter.due.any")
                : getTranslation("task.filter.due." + d.word()));
        age.setId("task-filter-age");
        age.setItems(AGES);
        age.setEmptySelectionAllowed(true);
        age.setEmptySelectionCaption(getTranslation("task.filter.age.any"));
        age.setItemLabelGenerator(days -> days == null ? getTranslation("task.filter.age.any")
                : getTranslation(org.resilienceroadmap.shared.i18n.Plurals.key("task.filter.age.olderThan", days, getLocale()), days));
        text.addValueChangeListener(e -> filtered());
        city.addValueChangeListener(e -> filtered());
        process.addValueChangeListener(e -> filtered());
        plan.addValueChangeListener(e -> filtered());
        due.addValueChangeListener(e -> filtered());
        age.addValueChangeListener(e -> filtered());
        tabs.addSelectedChangeListener(e -> filtered());
    }

    /** The address holds the filters: ?show=mine&q=siren&city=12&process=action&plan=STRATEGY:7&due=week&age=7&page=2. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        tasks = search.all(getLocale());
        offerChoices();
        quiet = true;
        try {
            String show = one(query, "show");
            tabs.setSelectedTab("mine".equals(show) ? mine : "claimable".equals(show) ? claimable : all);
            text.setValue(Objects.requireNonNullElse(one(query, "q"), ""));
            // Only what the lists offer: an address can say anything, a filter on a city nobody's
            // tasks are in would show an empty inbox with no city to clear.
            city.setValue(known(city, number(one(query, "city")).map(Long::valueOf).orElse(null)));
            process.setValue(known(process, one(query, "process")));
            plan.setValue(known(plan, one(query, "plan")));
            due.setValue(Optional.ofNullable(one(query, "due")).flatMap(TaskInboxView::due).orElse(null));
            age.setValue(number(one(query, "age")).filter(AGES::contains).orElse(null));
            page = number(one(query, "page")).map(n -> n - 1).orElse(0);
        } finally {
            quiet = false;
        }
        show();
    }

    /**
     * The cities, processes and plans of one's own tasks, so that no choice finds nothing — and the
     * ones chosen, which stay chosen after their last task was decided. Names once read are kept.
     */
    private void offerChoices() {
        Set<Long> places = new LinkedHashSet<>();
        Set<String> plans = new LinkedHashSet<>();
        Set<String> processes = new java.util.TreeSet<>();
        tasks.stream().sorted(java.util.Comparator.comparing(TaskSubject::place)).forEach(s -> {
            if (s.task().jurisdictionId() != null) {
                placeNames.putIfAbsent(s.task().jurisdictionId(), s.place());
                places.add(s.task().jurisdictionId());
            }
            if (s.planKey() != null) {
                planNames.putIfAbsent(s.planKey(), s.planLine());
                plans.add(s.planKey());
            }
            processes.add(s.task().processKey());
        });
        Optional.ofNullable(city.getValue()).ifPresent(places::add);
        Optional.ofNullable(plan.getValue()).ifPresent(plans::add);
        Optional.ofNullable(process.getValue()).ifPresent(processes::add);
        boolean wasQuiet = quiet;
        quiet = true;
        try {
            Long chosenCity = city.getValue();
            String chosenPlan = plan.getValue();
            String chosenProcess = process.getValue();
            city.setItems(places);
            city.setItemLabelGenerator(id -> placeNames.getOrDefault(id, ""));
            process.setItems(processes);
            plan.setItems(plans);
            plan.setItemLabelGenerator(key -> planNames.getOrDefault(key, ""));
            city.setValue(chosenCity);
            plan.setValue(chosenPlan);
            process.setValue(chosenProcess);
        } finally {
            quiet = wasQuiet;
        }
        all.setLabel(getTranslation("task.tab.all", tasks.size()));
        mine.setLabel(getTranslation("task.tab.mine",
                tasks.stream().filter(s -> s.task().isAssignedTo(me.username())).count()));
        claimable.setLabel(getTranslation("task.tab.claimable",
                tasks.stream().filter(s -> s.task().assignee() == null).count()));
    }

    private TaskFilter filter() {
        TaskFilter.Show show = tabs.getSelectedTab() == mine ? TaskFilter.Show.MINE
                : tabs.getSelectedTab() == claimable ? TaskFilter.Show.CLAIMABLE : TaskFilter.Show.ALL;
        return new TaskFilter(show, text.getValue(), city.getValue(), process.getValue(), plan.getValue(),
                due.getValue(), age.getValue());
    }

    /** A filter changed: back to the first page, the address says what is shown. */
    private void filtered() {
        if (quiet) {
            return;
        }
        page = 0;
        show();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("tasks", address())));
    }

    private void turn(int by) {
        page += by;
        show();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("tasks", address())));
    }

    private QueryParameters address() {
        Map<String, String> query = new LinkedHashMap<>();
        if (tabs.getSelectedTab() != all) {
            query.put("show", tabs.getSelectedTab() == mine ? "mine" : "claimable");
        }
        if (!text.getValue().isBlank()) {
            query.put("q", text.getValue().strip());
        }
        Optional.ofNullable(city.getValue()).ifPresent(v -> query.put("city", String.valueOf(v)));
        Optional.ofNullable(process.getValue()).ifPresent(v -> query.put("process", v));
        Optional.ofNullable(plan.getValue()).ifPresent(v -> query.put("plan", v));
        Optional.ofNullable(due.getValue()).ifPresent(v -> query.put("due", v.word()));
        Optional.ofNullable(age.getValue()).ifPresent(v -> query.put("age", String.valueOf(v)));
        if (page > 0) {
            query.put("page", String.valueOf(page + 1));
        }
        return QueryParameters.simple(query);
    }

    private void show() {
        shown = search.filter(tasks, filter(), getLocale(), t -> TaskLabels.name(this, t));
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.max(0, Math.min(page, pages - 1));
        grid.showSubjects(shown.subList(page * PAGE_SIZE, Math.min(shown.size(), (page + 1) * PAGE_SIZE)));
        pageLabel.setText(getTranslation(org.resilienceroadmap.shared.i18n.Plurals.key("task.page", shown.size(), getLocale()), page + 1, pages, shown.size()));
        previous.setEnabled(page > 0);
        next.setEnabled(page < pages - 1);
        pager.setVisible(pages > 1);
        // What the filters hide is no longer picked: a decision reaches only tasks one can see.
        Set<String> visible = new java.util.HashSet<>();
        shown.forEach(s -> visible.add(s.task().id()));
        selected.retainAll(visible);
        syncSelection();
    }

    private List<TaskItem> shownOnPage() {
        return grid.getListDataView().getItems().toList();
    }

    private void syncSelection() {
        quiet = true;
        try {
            grid.asMultiSelect().setValue(new LinkedHashSet<>(
                    shownOnPage().stream().filter(t -> selected.contains(t.id())).toList()));
        } finally {
            quiet = false;
        }
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
        offerChoices();
        show();
    }

    private String processName(String key) {
        String name = getTranslation("task.process." + key);
        return name.startsWith("!") ? key : name;
    }

    private static <T> T known(ComboBox<T> box, T value) {
        return value != null && box.getListDataView().getItems().anyMatch(value::equals) ? value : null;
    }

    private static String one(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(v -> !v.isBlank()).orElse(null);
    }

    private static Optional<Integer> number(String value) {
        return value != null && value.matches("\\d{1,9}") ? Optional.of(Integer.valueOf(value)) : Optional.empty();
    }

    private static Optional<TaskFilter.Due> due(String word) {
        try {
            return Optional.of(TaskFilter.Due.parse(word));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks");
    }
}
