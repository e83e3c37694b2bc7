package org.resilienceroadmap.action;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.shared.ui.RowTable;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.ActionScene;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.RowTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The action form with every field of a plan and its milestones, editing a proposed action, the
 * register's new columns and its filters in the address, the approval task's context, the donor's menu.
 */
class ActionFormViewTests extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.now(Days.ZONE);

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    ActionDriver driver;

    @Autowired
    ActionService actions;

    private TestCity city;
    private Long strategy;
    private Programme programme;
    private String owner;

    @BeforeEach
    void aCityWithHazardsAProgrammeAndANamedMember() {
        ActionScene scene = ActionScene.prepare(context);
        city = scene.city();
        strategy = scene.strategy();
        programme = scene.programme();
        owner = scene.namedMember();
    }

    @Test
    void proposesWithEveryFieldOfAPlanAndItsMilestonesWithTheCurrencyAsShown() {
        login(city.chair());
        UI.getCurrent().navigate("actions", QueryParameters.of("strategy", String.valueOf(strategy)));
        TextField currency = _get(TextField.class, spec -> spec.withId("propose-currency"));
        assertThat(currency.getValue()).as("a value, not a placeholder").isEqualTo("EUR");

        _setValue(_get(TextField.class, spec -> spec.withId("propose-title")), "Flood walls on the river");
        _setValue(_get(TextArea.class, spec -> spec.withId("propose-description")), "Two walls,\n1.2 km in all ");
        _setValue(_get(TextField.class, spec -> spec.withId("propose-lead")), "City water utility");
        ComboBox<String> ownerBox = combo("propose-owner");
        assertThat(ownerBox.getItemLabelGenerator().apply(owner))
                .as("people by name")
                .isEqualTo("Dilnoza Rahimova");
        _setValue(ownerBox, owner);
        _setValue(_get(DatePicker.class, spec -> spec.withId("propose-due")), TODAY.plusYears(2));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("propose-budget")), new BigDecimal("250000"));
        ComboBox<Programme> fund = combo("propose-programme");
        _setValue(fund, programme);
        MultiSelectComboBox<String> hazards = multi("propose-hazards");
        assertThat(hazards.getItemLabelGenerator().apply("MH0604")).isEqualTo("Riverine flood");
        _setValue(hazards, Set.of("MH0604"));
        MultiSelectComboBox<Integer> sendai = multi("propose-sendai");
        assertThat(sendai.getItemLabelGenerator().apply(1)).isEqualTo("1. Understanding disaster risk");
        _setValue(sendai, Set.of(1, 3));
        _setValue(multi("propose-essentials"), Set.of(4, 8));
        _click(_get(Button.class, spec -> spec.withId("propose-milestone-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("propose-milestone-title-1")), "Design approved");
        _setValue(_get(DatePicker.class, spec -> spec.withId("propose-milestone-target-1")), TODAY.plusMonths(4));
        _click(_get(Button.class, spec -> spec.withId("propose-action")));

        Action a = as(
                        city.chair(),
                        () -> actions.find(
                                        new ActionFilter(null, strategy, null, null, null, null, null, null),
                                        Pageable.unpaged())
                                .getContent())
                .get(0);
        assertThat(a.getDescription()).isEqualTo("Two walls,\n1.2 km in all ");
        assertThat(a.getOwner()).isEqualTo(owner);
        assertThat(a.getBudget()).isEqualTo(new Money(new BigDecimal("250000"), "EUR"));
        assertThat(a.getProgrammeId()).isEqualTo(programme.getId());
        assertThat(a.getHazards()).containsExactly("MH0604");
        assertThat(a.getSendaiPriorities()).containsExactly(1, 3);
        assertThat(a.getEssentials()).containsExactly(4, 8);
        assertThat(as(city.chair(), () -> actions.detail(a.getId()).milestones()))
                .singleElement()
                .satisfies(m -> assertThat(m.getTitle() + " " + m.getTargetDate())
                        .isEqualTo("Design approved " + TODAY.plusMonths(4)));
    }

    @Test
    void aBadCurrencyIsShownOnTheCurrencyAndNothingIsStored() {
        login(city.member());
        UI.getCurrent().navigate("actions", QueryParameters.of("strategy", String.valueOf(strategy)));
        _setValue(_get(TextField.class, spec -> spec.withId("propose-title")), "Sandbags");
        _setValue(_get(TextField.class, spec -> spec.withId("propose-lead")), "Civil protection");
        _setValue(combo("propose-owner"), city.member());
        _setValue(_get(DatePicker.class, spec -> spec.withId("propose-due")), TODAY.plusYears(1));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("propose-budget")), new BigDecimal("100"));
        TextField currency = _get(TextField.class, spec -> spec.withId("propose-currency"));
        _setValue(currency, "E1");
        _click(_get(Button.class, spec -> spec.withId("propose-action")));

        assertThat(currency.isInvalid()).isTrue();
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("propose-budget"))
                        .isInvalid())
                .isFalse();
        assertThat(as(
                        city.member(),
                        () -> actions.count(new ActionFilter(null, strategy, null, null, null, null, null, null))))
                .isZero();
    }

    @Test
    void theWorkingGroupEditsAProposedActionOnItsPageButNotAnApprovedOne() {
        Long proposed =
                driver.propose(city, strategy, "Sirens", TODAY.plusMonths(6)).getId();
        Long approved =
                driver.approved(city, strategy, "Shelters", TODAY.plusMonths(6)).getId();

        login(city.chair());
        UI.getCurrent().navigate("actions/" + proposed);
        _get(Details.class, spec -> spec.withId("edit")).setOpened(true);
        TextField title = _get(TextField.class, spec -> spec.withId("propose-title"));
        assertThat(title.getValue()).isEqualTo("Sirens");
        assertThat(_get(TextField.class, spec -> spec.withId("propose-currency"))
                        .getValue())
                .isEqualTo("EUR");
        _setValue(title, "Sirens and loudspeakers");
        _setValue(_get(TextArea.class, spec -> spec.withId("propose-description")), "Twelve sirens");
        _setValue(multi("propose-hazards"), Set.of("GH0101"));
        _click(_get(Button.class, spec -> spec.withId("save-action")));

        Action saved = as(city.chair(), () -> actions.detail(proposed).action());
        assertThat(saved.getTitle()).isEqualTo("Sirens and loudspeakers");
        assertThat(saved.getDescription()).isEqualTo("Twelve sirens");
        assertThat(saved.getHazards()).containsExactly("GH0101");
        assertThat(_get(Div.class, spec -> spec.withId("action-facts"))
                        .getElement()
                        .getTextRecursively())
                .contains("Earthquake");

        UI.getCurrent().navigate("actions/" + approved);
        assertThat(_find(Details.class, spec -> spec.withId("edit"))).isEmpty();
        login(ActionDriver.COORDINATOR);
        UI.getCurrent().navigate("actions/" + proposed);
        assertThat(_find(Details.class, spec -> spec.withId("edit")))
                .as("coordinators decide, not edit")
                .isEmpty();
    }

    @Test
    void theRegisterShowsCityObjectiveAndBudgetAndKeepsItsFiltersInTheAddress() {
        Long objective = driver.objectiveOf(strategy, city.member());
        NewAction walls = new NewAction(
                objective,
                "Flood walls",
                null,
                "Water utility",
                owner,
                TODAY,
                TODAY.plusYears(1),
                new Money(new BigDecimal("250000"), "EUR"),
                null,
                List.of(4),
                List.of("MH0604"),
                List.of());
        as(city.member(), () -> actions.propose(strategy, walls));
        driver.propose(city, strategy, "Sirens", TODAY.plusMonths(6));

        login(city.coordinator());
        UI.getCurrent()
                .navigate(
                        "actions",
                        QueryParameters.simple(Map.of(
                                "jurisdiction", String.valueOf(city.id()), "owner", "RAHIM", "hazard", "flood")));
        RowTable<Action> table = table();
        assertThat(table.getItems()).extracting(Action::getTitle).containsExactly("Flood walls");
        assertThat(_get(TextField.class, spec -> spec.withId("filter-owner")).getValue())
                .isEqualTo("RAHIM");
        assertThat(RowTables.row(table, 0))
                .contains(
                        "Test city " + city.code(),
                        "Early warning for every district",
                        "Dilnoza Rahimova",
                        "€250,000.00");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-csv")).getHref())
                .isEqualTo("api/v1/actions.csv?jurisdictionId=" + city.id() + "&hazard=flood&owner=RAHIM");

        _setValue(_get(TextField.class, spec -> spec.withId("filter-owner")), "");
        @SuppressWarnings("unchecked")
        Select<ActionStatus> status = _get(Select.class, spec -> spec.withId("filter-status"));
        _setValue(_get(TextField.class, spec -> spec.withId("filter-hazard")), "");
        _setValue(status, ActionStatus.PROPOSED);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("actions?jurisdiction=" + city.id() + "&status=PROPOSED");
        assertThat(table().getItems()).extracting(Action::getTitle).containsExactlyInAnyOrder("Flood walls", "Sirens");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-xlsx")).getHref())
                .isEqualTo("api/v1/actions.xlsx?jurisdictionId=" + city.id() + "&status=PROPOSED");
    }

    @Test
    void theRegisterDropsWhatTheAddressNamesThatIsUnknownOrOutOfTheCallersSight() {
        TestCity other =
                context.getBean(org.resilienceroadmap.support.Fixtures.class).newCity();
        login(city.member());
        UI.getCurrent()
                .navigate(
                        "actions",
                        QueryParameters.simple(Map.of(
                                "jurisdiction",
                                String.valueOf(other.id()),
                                "status",
                                "BOGUS",
                                "essential",
                                "99",
                                "programme",
                                "x1",
                                "overdue",
                                "maybe",
                                "strategy",
                                String.valueOf(driver.adoptedStrategy(other)))));
        assertThat(_get(Anchor.class, spec -> spec.withId("export-csv")).getHref())
                .as("another city, its strategy and unknown values filter nothing")
                .isEqualTo("api/v1/actions.csv");
        assertThat(_find(Details.class, spec -> spec.withId("propose")))
                .as("no form for another city's strategy")
                .isEmpty();
    }

    @Test
    void theApprovalTaskShowsWhatTheDecisionNeeds() {
        Long objective = driver.objectiveOf(strategy, city.member());
        NewAction walls = new NewAction(
                objective,
                "Flood walls",
                null,
                "Water utility",
                owner,
                TODAY,
                TODAY.plusYears(1),
                new Money(new BigDecimal("250000"), "EUR"),
                programme.getId(),
                List.of(4),
                List.of("MH0604"),
                List.of(3));
        Long id = as(city.member(), () -> actions.propose(strategy, walls)).getId();
        driver.accept(city, id);
        String task = driver.task(ActionDriver.COORDINATOR, id, ActionProcess.TASK_APPROVE)
                .id();

        login(ActionDriver.COORDINATOR);
        UI.getCurrent().navigate("tasks/" + task);
        String facts = _get(Div.class, spec -> spec.withId("action-facts"))
                .getElement()
                .getTextRecursively();
        assertThat(facts)
                .contains(
                        "Early warning for every district",
                        "Test city " + city.code(),
                        "Water utility",
                        "Dilnoza Rahimova",
                        "€250,000.00",
                        "RR-" + city.code() + " · Resilient rivers",
                        "4. " + "Pursue resilient urban development",
                        "Riverine flood",
                        "3. Investing in disaster risk reduction for resilience")
                .doesNotContain(owner, "MH0604");
        assertThat(_get(Div.class, spec -> spec.withId("action-summary"))
                        .getElement()
                        .getTextRecursively())
                .contains("Owner Dilnoza Rahimova");
    }

    @Test
    void theOverdueDecisionAsksForTheNewDueDateOnACalendar(
            @Autowired org.camunda.bpm.engine.RuntimeService runtime,
            @Autowired org.camunda.bpm.engine.ManagementService management) {
        Long id = driver.approved(city, strategy, "Sandbag depots", TODAY.minusDays(3))
                .getId();
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ActionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(id))
                .singleResult()
                .getId();
        management
                .createJobQuery()
                .processInstanceId(instance)
                .timers()
                .activityId("Timer_Overdue")
                .executable()
                .list()
                .forEach(job -> management.executeJob(job.getId()));
        String task = driver.task(city.coordinator(), id, ActionProcess.TASK_HANDLE_OVERDUE)
                .id();

        login(city.coordinator());
        UI.getCurrent().navigate("tasks/" + task);
        assertThat(_get(Div.class, spec -> spec.withId("action-summary"))
                        .getElement()
                        .getTextRecursively())
                .contains("Overdue");
        DatePicker newDue = _get(DatePicker.class, spec -> spec.withId("new-due-date"));
        assertThat(newDue.getValue()).isAfter(TODAY);
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "The contractor is late");
        _setValue(newDue, null);
        _click(_get(Button.class, spec -> spec.withId("outcome-extend")));
        assertThat(driver.task(city.coordinator(), id, ActionProcess.TASK_HANDLE_OVERDUE)
                        .id())
                .as("nothing decided without the date")
                .isEqualTo(task);

        _setValue(newDue, TODAY.plusMonths(5));
        _click(_get(Button.class, spec -> spec.withId("outcome-extend")));
        Action extended = as(city.member(), () -> actions.detail(id).action());
        assertThat(extended.getDueDate()).isEqualTo(TODAY.plusMonths(5));
        assertThat(extended.isOverdue(TODAY)).isFalse();
    }

    /**
     * The menu lists the {@code @Menu} pages the account may open (Vaadin checks each page's access
     * annotations); Karibu's mocked servlet builds no menu, so this asks the same checker directly.
     */
    @Test
    void theDonorsMenuLeavesOutWhatADonorDoesNotUse() {
        assertThat(menu("DONOR"))
                .contains("nav.actions", "nav.programmes", "nav.tasks")
                .doesNotContain("nav.myActions", "nav.admin");
        assertThat(menu("MEMBER")).contains("nav.actions", "nav.myActions").doesNotContain("nav.programmes");
        assertThat(menu("COORDINATOR")).contains("nav.myActions", "nav.programmes");
    }

    private static List<String> menu(String role) {
        var checker = new com.vaadin.flow.server.auth.AccessAnnotationChecker();
        java.security.Principal someone = () -> "someone";
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                new org.springframework.core.type.filter.AnnotationTypeFilter(com.vaadin.flow.router.Menu.class));
        return scanner.findCandidateComponents("org.resilienceroadmap").stream()
                .map(candidate -> {
                    try {
                        return Class.forName(candidate.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(view -> checker.hasAccess(view, someone, role::equals))
                .map(view ->
                        view.getAnnotation(com.vaadin.flow.router.Menu.class).title())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> MultiSelectComboBox<T> multi(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }

    private static RowTable<Action> table() {
        return RowTables.table("actions");
    }
}
