package org.resilienceroadmap.workflow.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import org.resilienceroadmap.shared.i18n.Plurals;
import org.resilienceroadmap.workflow.TaskFilter;
import org.resilienceroadmap.workflow.TaskSubject;

/**
 * The inbox's filters: whose tasks (all, mine, claimable), a search text, the city, the process,
 * the plan, the due date and the age. Read from the address and written back to it; says when the
 * reader changed one, never when the page set them.
 */
class TaskFilterBar extends VerticalLayout {

    private static final List<Integer> AGES = List.of(7, 30);

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
    private final Map<Long, String> placeNames = new java.util.HashMap<>();
    private final Map<String, String> planNames = new java.util.HashMap<>();
    /** Set while the page writes the filters itself, so that their listeners keep still. */
    private boolean quiet;

    TaskFilterBar(Runnable changed) {
        setPadding(false);
        configure();
        for (var field : List.<com.vaadin.flow.component.HasValue<?, ?>>of(text, city, process, plan, due, age)) {
            field.addValueChangeListener(e -> {
                if (!quiet) {
                    changed.run();
                }
            });
        }
        tabs.addSelectedChangeListener(e -> {
            if (!quiet) {
                changed.run();
            }
        });
        FlexLayout filters = new FlexLayout(text, city, process, plan, due, age);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        // Each filter takes its share of a row and a row of its own on a phone.
        for (HasStyle field : List.<HasStyle>of(text, city, process, plan, due, age)) {
            field.getStyle().set("flex", "1 1 12em").set("max-width", "24em");
        }
        plan.getStyle().set("flex", "2 1 16em").set("max-width", "36em");
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        filters.setId("task-filters");
        add(tabs, filters);
    }

    private void configure() {
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
        due.setItemLabelGenerator(
                d -> d == null ? getTranslation("task.filter.due.any") : getTranslation("task.filter.due." + d.word()));
        age.setId("task-filter-age");
        age.setItems(AGES);
        age.setEmptySelectionAllowed(true);
        age.setEmptySelectionCaption(getTranslation("task.filter.age.any"));
        age.setItemLabelGenerator(days -> days == null
                ? getTranslation("task.filter.age.any")
                : getTranslation(Plurals.key("task.filter.age.olderThan", days, getLocale()), days));
    }

    /** Sets the filters the address names: ?show=mine&q=siren&city=12&process=action&plan=STRATEGY:7&due=week&age=7. */
    void read(QueryParameters query) {
        quiet = true;
        try {
            String show = one(query, "show");
            tabs.setSelectedTab("mine".equals(show) ? mine : "claimable".equals(show) ? claimable : all);
            text.setValue(Objects.requireNonNullElse(one(query, "q"), ""));
            // Only what the lists offer: an address can say anything, a filter on a city nobody's
            // tasks are in would show an empty inbox with no city to clear.
            city.setValue(
                    known(city, number(one(query, "city")).map(Long::valueOf).orElse(null)));
            process.setValue(known(process, one(query, "process")));
            plan.setValue(known(plan, one(query, "plan")));
            due.setValue(Optional.ofNullable(one(query, "due"))
                    .flatMap(TaskFilterBar::due)
                    .orElse(null));
            age.setValue(number(one(query, "age")).filter(AGES::contains).orElse(null));
        } finally {
            quiet = false;
        }
    }

    /** Writes the filters set into the address, in the form {@link #read} reads. */
    void write(Map<String, String> query) {
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
    }

    /**
     * The cities, processes and plans of one's own tasks, so that no choice finds nothing — and the
     * ones chosen, which stay chosen after their last task was decided. Names once read are kept.
     */
    void offer(List<TaskSubject> tasks, String username) {
        Set<Long> places = new LinkedHashSet<>();
        Set<String> plans = new LinkedHashSet<>();
        Set<String> processes = new java.util.TreeSet<>();
        tasks.stream()
                .sorted(java.util.Comparator.comparing(TaskSubject::place))
                .forEach(s -> {
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
        mine.setLabel(getTranslation(
                "task.tab.mine",
                tasks.stream().filter(s -> s.task().isAssignedTo(username)).count()));
        claimable.setLabel(getTranslation(
                "task.tab.claimable",
                tasks.stream().filter(s -> s.task().assignee() == null).count()));
    }

    TaskFilter filter() {
        TaskFilter.Show show = tabs.getSelectedTab() == mine
                ? TaskFilter.Show.MINE
                : tabs.getSelectedTab() == claimable ? TaskFilter.Show.CLAIMABLE : TaskFilter.Show.ALL;
        return new TaskFilter(
                show,
                text.getValue(),
                city.getValue(),
                process.getValue(),
                plan.getValue(),
                due.getValue(),
                age.getValue());
    }

    private String processName(String key) {
        String name = getTranslation("task.process." + key);
        return name.startsWith("!") ? key : name;
    }

    private static <T> T known(ComboBox<T> box, T value) {
        return value != null && box.getListDataView().getItems().anyMatch(value::equals) ? value : null;
    }

    static String one(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(v -> !v.isBlank()).orElse(null);
    }

    static Optional<Integer> number(String value) {
        return value != null && value.matches("\\d{1,9}") ? Optional.of(Integer.valueOf(value)) : Optional.empty();
    }

    private static Optional<TaskFilter.Due> due(String word) {
        try {
            return Optional.of(TaskFilter.Due.parse(word));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
