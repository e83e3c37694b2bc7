package org.resilienceroadmap.action;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.RowTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The action pages: the register and its counts, one action with its forms, the timeline, my actions, proposing one. */
class ActionViewTests extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.now(Days.ZONE);

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver driver;

    @Autowired
    ActionService actions;

    @Test
    void theRegisterCountsTheCitysActionsAndItsFiltersNarrowThem() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        Action sirens = driver.approved(city, strategy, "Sirens in every district", TODAY.plusMonths(6));
        Action maps = driver.propose(city, strategy, "Flood maps", TODAY.minusDays(3));

        login(city.member());
        UI.getCurrent().navigate("actions", QueryParameters.of("jurisdiction", String.valueOf(city.id())));
        assertThat(titles()).containsExactlyInAnyOrder("Sirens in every district", "Flood maps");
        assertThat(text("count-PROPOSED")).isEqualTo("Proposed 1");
        assertThat(text("count-APPROVED")).isEqualTo("Approved 1");
        // The late proposal is not approved, so nothing is overdue: the register shows no overdue count.
        assertThat(_find(Span.class, spec -> spec.withId("count-overdue"))).isEmpty();

        @SuppressWarnings("unchecked")
        Select<ActionStatus> status = _get(Select.class, spec -> spec.withId("filter-status"));
        _setValue(status, ActionStatus.APPROVED);
        assertThat(titles()).containsExactly("Sirens in every district");
        _setValue(status, null);
        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-overdue")), true);
        assertThat(titles())
                .as("a proposal past its date is not overdue until approved")
                .isEmpty();

        login("chair.kraljevo");
        UI.getCurrent().navigate("my-actions");
        UI.getCurrent().navigate("actions", QueryParameters.of("jurisdiction", String.valueOf(city.id())));
        assertThat(RowTables.<Action>table("actions").getItems())
                .extracting(Action::getId)
                .doesNotContain(sirens.getId(), maps.getId());
        UI.getCurrent().navigate("actions/" + sirens.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("This action does not exist or is not yours to see.");
    }

    @Test
    void theCountsPerStatusAreWhatEachStatusFindsAloneWithinTheCallersScope() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        driver.approved(city, strategy, "Sirens in every district", TODAY.plusMonths(6));
        driver.approved(city, strategy, "Drains cleared", TODAY.plusMonths(3));
        driver.propose(city, strategy, "Flood maps", TODAY.plusMonths(2));
        ActionFilter mine = new ActionFilter(city.id(), null, null, null, null, null, null, null);

        java.util.Map<ActionStatus, Long> counted = as(city.member(), () -> actions.countByStatus(mine));
        assertThat(counted)
                .containsOnly(
                        java.util.Map.entry(ActionStatus.APPROVED, 2L), java.util.Map.entry(ActionStatus.PROPOSED, 1L));
        for (ActionStatus status : ActionStatus.values()) {
            long alone = as(
                    city.member(),
                    () -> actions.count(new ActionFilter(city.id(), null, status, null, null, null, null, null)));
            assertThat(counted.getOrDefault(status, 0L)).as(status.name()).isEqualTo(alone);
        }
        assertThat(as("chair.kraljevo", () -> actions.countByStatus(mine)))
                .as("another city's chair counts none of them")
                .isEmpty();
    }

    @Test
    void theActionPageFlagsMissedMilestonesAndSavesAProgressReportWithEvidence() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        Long id = driver.approved(city, strategy, "Sirens in every district", TODAY.plusMonths(6))
                .getId();
        as(city.member(), () -> actions.addMilestone(id, "Sirens bought", TODAY.minusDays(10)));

        login(city.member());
        UI.getCurrent().navigate("actions/" + id);
        assertThat(_find(Span.class, spec -> spec.withClasses("milestone-missed")))
                .hasSize(1);
        _setValue(_get(TextField.class, spec -> spec.withId("milestone-title")), "Sirens installed");
        _setValue(_get(DatePicker.class, spec -> spec.withId("milestone-target")), TODAY.plusMonths(2));
        _click(_get(Button.class, spec -> spec.withId("add-milestone")));
        assertThat(_find(Div.class, spec -> spec.withClasses("milestone"))).hasSize(2);

        _setValue(_get(IntegerField.class, spec -> spec.withId("progress-percent")), 40);
        _setValue(_get(TextArea.class, spec -> spec.withId("progress-narrative")), "Twelve sirens bought");
        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("progress-upload")),
                "invoice.pdf",
                "application/pdf",
                "%PDF-1.4 invoice".getBytes());
        _click(_get(Button.class, spec -> spec.withId("report-progress")));

        ActionDetail saved = as(city.member(), () -> actions.detail(id));
        assertThat(saved.action().getPercentDone()).isEqualTo(40);
        assertThat(saved.action().getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(saved.milestones())
                .extracting(Milestone::getTitle)
                .containsExactly("Sirens bought", "Sirens installed");
        assertThat(saved.reports()).singleElement().satisfies(r -> {
            assertThat(r.getPercent()).isEqualTo(40);
            assertThat(r.getNarrative()).isEqualTo("Twelve sirens bought");
            assertThat(r.getEvidenceIds()).hasSize(1);
        });
        Long file = saved.reports().get(0).getEvidenceIds().get(0);
        assertThat(saved.evidenceNames().get(file)).endsWith(".pdf");
        assertThat(_get(Anchor.class, spec -> spec.withId("evidence-" + file)).getHref())
                .isEqualTo("api/v1/actions/" + id + "/evidence/" + file);
    }

    @Test
    void theTimelineDrawsOneBarPerActionAndEscapesTheirTitles() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        driver.approved(city, strategy, "Sirens in every district", TODAY.plusMonths(6));
        driver.propose(city, strategy, "<script>alert(1)</script> & drills", TODAY.plusMonths(9));

        login(city.chair());
        UI.getCurrent().navigate("strategies/" + strategy + "/timeline");
        String svg = _get(Div.class, spec -> spec.withId("gantt")).getElement().getProperty("innerHTML");
        assertThat(svg.split("class='bar'", -1)).hasSize(3);
        assertThat(svg)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; drills")
                .doesNotContain("<script")
                .contains("class='today'");
    }

    @Test
    void myActionsListsTheOwnersOpenActionsSoonestFirst() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        driver.approved(city, strategy, "Sirens in every district", TODAY.plusMonths(6));
        driver.propose(city, strategy, "Flood maps", TODAY.minusDays(3));

        login(city.member());
        UI.getCurrent().navigate("my-actions");
        assertThat(GridKt._findAll(grid("my-actions")))
                .extracting(Action::getTitle)
                .containsExactly("Flood maps", "Sirens in every district");
    }

    @Test
    void theWorkingGroupProposesAnActionFromTheRegister() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);

        login(city.member());
        UI.getCurrent().navigate("actions", QueryParameters.of("strategy", String.valueOf(strategy)));
        _setValue(_get(TextField.class, spec -> spec.withId("propose-title")), "Evacuation drills in schools");
        _setValue(_get(TextField.class, spec -> spec.withId("propose-lead")), "Department of Education");
        @SuppressWarnings("unchecked")
        ComboBox<String> owner = _get(ComboBox.class, spec -> spec.withId("propose-owner"));
        _setValue(owner, city.member());
        _setValue(_get(DatePicker.class, spec -> spec.withId("propose-due")), TODAY.plusYears(1));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("propose-budget")), new BigDecimal("12000"));
        _setValue(_get(TextField.class, spec -> spec.withId("propose-currency")), "EUR");
        _click(_get(Button.class, spec -> spec.withId("propose-action")));

        List<Action> proposed = as(
                city.member(),
                () -> actions.find(
                                new ActionFilter(null, strategy, null, null, null, null, null, null),
                                Pageable.unpaged())
                        .getContent());
        assertThat(proposed).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("Evacuation drills in schools");
            assertThat(a.getStatus()).isEqualTo(ActionStatus.PROPOSED);
            assertThat(a.getOwner()).isEqualTo(city.member());
            assertThat(a.getBudget().amount()).isEqualByComparingTo("12000");
        });
        assertThat(titles()).containsExactly("Evacuation drills in schools");
    }

    @Test
    void anActionsTaskShowsTheActionsSummary() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        Long id = driver.propose(city, strategy, "Sirens in every district", TODAY.plusMonths(6))
                .getId();
        String task = driver.task(ActionDriver.COORDINATOR, id, ActionProcess.TASK_APPROVE)
                .id();

        login(ActionDriver.COORDINATOR);
        UI.getCurrent().navigate("tasks/" + task);
        assertThat(_get(Anchor.class, spec -> spec.withId("action-summary-title"))
                        .getText())
                .isEqualTo("Sirens in every district");
        assertThat(_get(Div.class, spec -> spec.withId("action-summary-progress"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("No progress reported yet.");
    }

    private List<String> titles() {
        return RowTables.<Action>table("actions").getItems().stream()
                .map(Action::getTitle)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Action> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }

    @Test
    void importsAPlanOnlyWhenTheCheckFindsNoProblem() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        Long objective = driver.objectiveOf(strategy, city.member());
        String header = String.join(",", ActionPlanImport.COLUMNS) + "\n";
        String good =
                objective + ",Sirens,,Civil protection," + city.member() + ",2026-01-01,2026-12-31,1000,EUR,,2,,\n";
        String bad = objective + ",Shelters,,Civil protection,nobody,2026-01-01,2026-12-31,-5,EUR,,2,,\n";

        login(city.member());
        UI.getCurrent().navigate("actions", QueryParameters.of("strategy", String.valueOf(strategy)));
        Upload upload = _get(Upload.class, spec -> spec.withId("plan-upload"));
        UploadKt._upload(
                upload,
                "plan.csv",
                "text/csv",
                (header + good + bad).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        Grid<ActionPlanPreview.RowProblem> problems = _get(Grid.class, spec -> spec.withId("plan-problems"));
        assertThat(GridKt._findAll(problems))
                .extracting(p -> p.row() + " " + p.field())
                .containsExactlyInAnyOrder("3 owner", "3 budget");
        assertThat(_find(Button.class, spec -> spec.withId("import-plan"))).isEmpty();

        UploadKt._upload(
                upload, "plan.csv", "text/csv", (header + good).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("import-plan")));
        assertThat(as(
                                city.member(),
                                () -> actions.find(
                                        new ActionFilter(null, strategy, null, null, null, null, null, null),
                                        Pageable.unpaged()))
                        .getContent())
                .extracting(Action::getTitle)
                .containsExactly("Sirens");
    }

    @Test
    void theActionPageNamesItsHazardsInTheReadersLanguage(
            @Autowired org.resilienceroadmap.directory.JurisdictionDirectory jurisdictions) {
        TestCity city = fixtures.newCity();
        jurisdictions.addHazard(city.id(), "MH0604", "2025", 4, 4);
        Long strategy = driver.adoptedStrategy(city);
        Long objective = driver.objectiveOf(strategy, city.member());
        NewAction base = driver.spec(
                objective,
                city.member(),
                "Dykes on the Varzob",
                LocalDate.now(Days.ZONE).plusMonths(6));
        NewAction tagged = new NewAction(
                base.objectiveId(),
                base.title(),
                base.description(),
                base.leadAgency(),
                base.owner(),
                base.start(),
                base.due(),
                base.budget(),
                null,
                base.essentials(),
                List.of("MH0604"),
                base.sendaiPriorities());
        Long id = as(city.member(), () -> actions.propose(strategy, tagged)).getId();

        login(city.member());
        UI.getCurrent().navigate("actions/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("action-facts"))
                        .getElement()
                        .getTextRecursively())
                .contains("Riverine flood")
                .doesNotContain("MH0604");
    }
}
