package org.resilienceroadmap.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.resilienceroadmap.support.ActionDriver.COORDINATOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.ui.RowTable;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.RowTables;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.ui.TaskList;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox as a coordinator works through a plan: filtered from the address, all that match picked,
 * one decision for all, and the list of what was done and what was refused, and why. Subjects name
 * their city and open the exact place.
 */
class InboxSelectionViewTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actions;

    @Autowired
    ActionService actionService;

    @Autowired
    StrategyDriver strategies;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    TaskInbox inbox;

    @Autowired
    TaskSubjects subjects;

    @Autowired
    PeopleDirectory people;

    @Autowired
    CurrentUser currentUser;

    @Test
    void approvesAPlanPickedByItsFilterAndListsTheTaskSomeoneElseTookFirst() {
        TestCity city = fixtures.newCity();
        List<Action> plan = Approvals.plan(actions, actionService, city, 4);
        List<String> ids = Approvals.tasks(actions, plan);
        Long strategy = plan.get(0).getStrategyId();
        String colleague = namedColleague(city);

        login(COORDINATOR);
        inbox("plan=STRATEGY:" + strategy + "&process=action");
        assertThat(table().getItems()).extracting(TaskItem::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(_get(ComboBox.class, spec -> spec.withId("task-filter-plan")).getValue())
                .isEqualTo("STRATEGY:" + strategy);
        // Someone else takes one while the page is open.
        as(colleague, () -> inbox.claim(ids.get(1)));

        _click(_get(Button.class, spec -> spec.withId("bulk-select-all")));
        assertThat(_get(Span.class, spec -> spec.withId("bulk-count")).getText())
                .isEqualTo("4 selected");
        assertThat(RowTables.body(table()).split(" checked>", -1))
                .as("each of the four rows' checkboxes ticked")
                .hasSize(5);
        _setValue(_get(TextArea.class, spec -> spec.withId("bulk-comment")), "Agreed at the plan review.");
        _click(_get(Button.class, spec -> spec.withId("bulk-outcome-approve")));

        assertThat(items("bulk-done"))
                .hasSize(3)
                .allMatch(t -> t.startsWith("Approve the proposed action · Test city "));
        assertThat(items("bulk-refused"))
                .singleElement()
                .asString()
                .contains("Siren 1")
                .endsWith("Vera Kolega " + city.code() + " had taken this task first.")
                .doesNotContain(colleague);
        assertThat(plan)
                .extracting(a -> as(COORDINATOR, () -> actionService.detail(a.getId()))
                        .action()
                        .getStatus())
                .containsExactly(
                        ActionStatus.APPROVED, ActionStatus.PROPOSED, ActionStatus.APPROVED, ActionStatus.APPROVED);
        assertThat(table().getItems()).as("what was done has left the inbox").isEmpty();

        UI.getCurrent().navigate("tasks/" + ids.get(1));
        assertThat(_get(Span.class, spec -> spec.withClasses("task-meta")).getText())
                .contains("assigned to Vera Kolega " + city.code())
                .doesNotContain(colleague);
    }

    @Test
    void namesTheAssigneeByTheirNameNotTheirAccount() {
        TestCity city = fixtures.newCity();
        String id = Approvals.tasks(actions, Approvals.plan(actions, actionService, city, 1))
                .get(0);
        String colleague = namedColleague(city);
        TaskItem held = as(colleague, () -> inbox.claim(id));
        login(COORDINATOR);

        TaskList list = new TaskList(subjects, currentUser.scope());
        list.showSubjects(subjects.describe(List.of(held), Locale.ENGLISH));

        assertThat(RowTables.row(list, 0))
                .contains("Vera Kolega " + city.code())
                .doesNotContain(colleague);
    }

    /** A second coordinator of the city whose name is not their account, so that a test sees which one is shown. */
    private String namedColleague(TestCity city) {
        String username = "kolega." + city.code().toLowerCase(Locale.ROOT);
        Person p = people.create(new NewPerson(username, "Vera Kolega " + city.code(), null, "Test", "en"), "-", false);
        people.addMembership(p.getId(), Role.COORDINATOR, city.id(), null);
        return username;
    }

    @Test
    void asksForTheCommentARejectionNeedsBeforeDecidingAnything() {
        TestCity city = fixtures.newCity();
        List<Action> plan = Approvals.plan(actions, actionService, city, 2);
        login(COORDINATOR);
        inbox("city=" + city.id());
        assertThat(table().getItems()).hasSize(2);
        RowTables.pick(table(), table().getItems().get(0).id(), true);
        RowTables.pick(table(), table().getItems().get(1).id(), true);
        assertThat(_get(Span.class, spec -> spec.withId("bulk-count")).getText())
                .isEqualTo("2 selected");
        _click(_get(Button.class, spec -> spec.withId("bulk-outcome-reject")));
        assertThat(_get(TextArea.class, spec -> spec.withId("bulk-comment")).isInvalid())
                .isTrue();
        assertThat(plan)
                .allSatisfy(a -> assertThat(as(COORDINATOR, () -> actionService.detail(a.getId()))
                                .action()
                                .getStatus())
                        .isEqualTo(ActionStatus.PROPOSED));

        _click(_get(Button.class, spec -> spec.withId("bulk-claim")));
        assertThat(items("bulk-done")).hasSize(2);
        assertThat(table().getItems()).allMatch(t -> COORDINATOR.equals(t.assignee()));
    }

    @Test
    void searchesAndFiltersFromTheAddressAndSortsEssentialsByNumber() {
        TestCity city = fixtures.newCity();
        as("coordinator.tajikistan", () -> roadmap.join(city.id(), LocalDate.of(2024, 2, 1)));
        TaskItem assign = as(city.chair(), () -> inbox.openTasks()).get(0);
        as(city.chair(), () -> inbox.complete(assign.id(), "start", null, java.util.Map.of()));

        login(city.member());
        inbox("process=assessment&city=" + city.id());
        List<TaskItem> rows = table().getItems();
        assertThat(rows).extracting(TaskItem::nameArgument).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // The name's header pressed twice: the other way round, over every task that matches, and so in the address.
        RowTables.sortBy(table(), "Task");
        RowTables.sortBy(table(), "Task");
        assertThat(table().getItems())
                .extracting(TaskItem::nameArgument)
                .containsExactly(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        inbox("process=assessment&sort=-name&city=" + city.id());
        assertThat(table().getItems())
                .extracting(TaskItem::nameArgument)
                .containsExactly(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);

        inbox("q=essential 10&city=" + city.id());
        assertThat(_get(TextField.class, spec -> spec.withId("task-search")).getValue())
                .isEqualTo("essential 10");
        assertThat(table().getItems()).extracting(TaskItem::nameArgument).containsExactly(10);

        inbox("due=overdue&city=" + city.id());
        assertThat(table().getItems()).isEmpty();
        inbox("age=7&city=" + city.id());
        assertThat(table().getItems()).as("made today, none older than a week").isEmpty();

        TaskItem seventh = rows.get(6);
        UI.getCurrent().navigate("tasks/" + seventh.id());
        Anchor subject = _get(Anchor.class, spec -> spec.withId("task-subject"));
        assertThat(subject.getHref()).isEqualTo("assessments/" + seventh.subjectId() + "?essential=7");
        assertThat(subject.getText()).startsWith("Test city " + city.code() + " · ");
    }

    @Test
    void linksEachTaskToWhereItIsDoneAndNamesTheCityInTheReadersLanguage() {
        TestCity city = fixtures.newCity();
        Long strategy = strategies.current(city.id(), city.chair()).getId();
        strategies.draft(strategy, city.chair(), "# Strategy");
        strategies.submit(strategy, city.chair(), List.of(city.member()));
        TaskItem review = as(city.member(), () -> inbox.openTasks()).get(0);
        assertThat(subjects.describe(review, Locale.ENGLISH).route())
                .isEqualTo("strategies/" + strategy + "?tab=versions&version=1");

        TaskSubject dushanbe = as("chair.dushanbe", () -> inbox.openTasks()).stream()
                .map(t -> subjects.describe(t, Locale.forLanguageTag("ru")))
                .findFirst()
                .orElseThrow();
        assertThat(dushanbe.line()).startsWith("Душанбе");
        TaskSubject english = subjects.describe(dushanbe.task(), Locale.ENGLISH);
        assertThat(english.line()).startsWith("Dushanbe");

        login(city.member());
        UI.getCurrent().navigate("tasks/" + review.id());
        assertThat(_get(Anchor.class, spec -> spec.withId("task-subject")).getHref())
                .isEqualTo("strategies/" + strategy + "?tab=versions&version=1");
    }

    @Test
    void ignoresFiltersInTheAddressThatTheListsDoNotOffer() {
        TestCity city = fixtures.newCity();
        Approvals.plan(actions, actionService, city, 1);
        login(COORDINATOR);
        inbox("");
        int everything = table().getItems().size();
        assertThat(everything).isPositive();

        inbox("city=999999999&process=nothing&plan=STRATEGY:0&due=soon&age=5&page=x");

        assertThat(_get(ComboBox.class, spec -> spec.withId("task-filter-city")).getValue())
                .isNull();
        assertThat(_get(ComboBox.class, spec -> spec.withId("task-filter-process"))
                        .getValue())
                .isNull();
        assertThat(_get(ComboBox.class, spec -> spec.withId("task-filter-plan")).getValue())
                .isNull();
        assertThat(table().getItems())
                .as("the unknown filters are dropped, not applied")
                .hasSize(everything);
    }

    /** The inbox at an address with these query parameters, as a bookmark opens it. */
    private static void inbox(String query) {
        UI.getCurrent().navigate("tasks", QueryParameters.fromString(query));
    }

    private static List<String> items(String listId) {
        UnorderedList list = _get(UnorderedList.class, spec -> spec.withId(listId));
        return list.getChildren().map(c -> ((ListItem) c).getText()).toList();
    }

    private static RowTable<TaskItem> table() {
        return RowTables.table("task-table");
    }
}
