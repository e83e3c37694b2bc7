package org.resilienceroadmap.action;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The working group's review around the action pages: the review and revision tasks, the route the
 * approval table decided (on the approval task and the action page), the awaited review, the chair
 * naming reviewers on the timeline, and an import that says it waits for the review.
 */
class ActionReviewViewTests extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.now(Days.ZONE);

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver driver;

    @Autowired
    ActionService actions;

    @Autowired
    ActionOptions options;

    @Autowired
    ActionPlanReviews reviews;

    private TestCity city;
    private Long strategy;

    @BeforeEach
    void adopt() {
        city = fixtures.newCity();
        strategy = driver.adoptedStrategy(city);
    }

    @Test
    void theActionPageSaysItAwaitsTheReviewThenShowsTheRouteAndWhoApproved() {
        Long id = driver.proposed(city, strategy, "Sirens in every district", TODAY.plusMonths(6))
                .getId();
        String review = driver.task(city.chair(), id, ActionProcess.TASK_REVIEW).id();
        login(city.chair());
        UI.getCurrent().navigate("tasks/" + review);
        assertThat(_get(Div.class, spec -> spec.withId("action-facts"))
                        .getElement()
                        .getTextRecursively())
                .as("the review shows the proposal's facts")
                .contains("Committee of Emergency Situations");
        UI.getCurrent().navigate("actions/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("action-awaiting-review"))
                        .getText())
                .isEqualTo("Awaiting the working group's review");
        assertThat(_find(Div.class, spec -> spec.withId("action-route"))).isEmpty();

        driver.accept(city, id);
        String approve = driver.task(ActionDriver.COORDINATOR, id, ActionProcess.TASK_APPROVE)
                .id();
        String chair = name(city.chair());
        login(ActionDriver.COORDINATOR);
        UI.getCurrent().navigate("tasks/" + approve);
        assertThat(text("route-accepted-by")).isEqualTo(chair);
        Action a = as(city.chair(), () -> actions.detail(id)).action();
        assertThat(text("route-rule"))
                .isEqualTo("Rule 4 of table version " + a.getRoute().tableVersion() + ": "
                        + a.getRoute().ruleText());
        assertThat(text("route-level-national")).isEqualTo("National coordinator: waiting");
        assertThat(_get(Anchor.class, spec -> spec.withId("route-table-link")).getHref())
                .isEqualTo("approval-table");

        driver.decide(ActionDriver.COORDINATOR, id, ActionProcess.TASK_APPROVE, "approve", null, Map.of());
        login(city.member());
        UI.getCurrent().navigate("actions/" + id);
        assertThat(_find(Paragraph.class, spec -> spec.withId("action-awaiting-review")))
                .isEmpty();
        assertThat(text("route-accepted-by")).isEqualTo(chair);
        assertThat(text("route-level-national"))
                .isEqualTo("National coordinator: approved by " + name(ActionDriver.COORDINATOR));
    }

    @Test
    void theRevisionTaskLeadsToTheActionsPage() {
        Long id = driver.proposed(city, strategy, "Flood maps", TODAY.plusMonths(6))
                .getId();
        driver.decide(city.chair(), id, ActionProcess.TASK_REVIEW, "change", "Name the districts", Map.of());
        String revise =
                driver.task(city.member(), id, ActionProcess.TASK_REVISE).id();
        login(city.member());
        UI.getCurrent().navigate("tasks/" + revise);
        assertThat(_get(Anchor.class, spec -> spec.withId("revise-edit")).getHref())
                .isEqualTo("actions/" + id);
        assertThat(_get(
                                com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                                spec -> spec.withId("task-comments"))
                        .getElement()
                        .getTextRecursively())
                .as("the working group's comment")
                .contains("Name the districts");
    }

    @Test
    void theChairNamesReviewersOnTheTimelineAndOthersReadThem() {
        String second = fixtures.anotherAccount(city, Role.MEMBER);
        login(city.member());
        UI.getCurrent().navigate("strategies/" + strategy + "/timeline");
        assertThat(_find(MultiSelectComboBox.class, spec -> spec.withId("reviewers-pick")))
                .isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("reviewers-list")).getText())
                .isEqualTo("No member named: the chairs review.");

        login(city.chair());
        UI.getCurrent().navigate("strategies/" + strategy + "/timeline");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> pick = _get(MultiSelectComboBox.class, spec -> spec.withId("reviewers-pick"));
        assertThat(pick.getListDataView().getItems().toList())
                .contains(city.member(), second)
                .doesNotContain(ActionDriver.COORDINATOR);
        assertThat(pick.getItemLabelGenerator().apply(second)).isEqualTo(name(second));
        _setValue(pick, Set.of(second));
        _click(_get(Button.class, spec -> spec.withId("reviewers-save")));
        assertThat(as(city.chair(), () -> reviews.reviewers(strategy))).containsExactly(second);

        login(city.member());
        UI.getCurrent().navigate("strategies/" + strategy + "/timeline");
        assertThat(_get(Span.class, spec -> spec.withId("reviewers-list")).getText())
                .isEqualTo("Named to review: " + name(second));
    }

    @Test
    void anImportSaysItWaitsForTheReviewAndLinksTheChairToItsTask() {
        Long objective = driver.objectiveOf(strategy, city.member());
        byte[] plan = ActionPlanFiles.csv(List.of(
                ActionPlanFiles.row(objective, "Sirens", city.member(), "9000"),
                ActionPlanFiles.row(objective, "Drills", city.member(), "7000")));
        login(city.member());
        UI.getCurrent().navigate("actions", QueryParameters.of("strategy", String.valueOf(strategy)));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("plan-upload")), "plan.csv", "text/csv", plan);
        _click(_get(Button.class, spec -> spec.withId("import-plan")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-imported")).getText())
                .isEqualTo("Imported 2 actions; they wait for the working group's review.");
        assertThat(_get(Anchor.class, spec -> spec.withId("plan-review-link")).getHref())
                .as("the proposer does not review: the inbox")
                .isEqualTo("tasks");

        login(city.chair());
        UI.getCurrent().navigate("actions", QueryParameters.of("strategy", String.valueOf(strategy)));
        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("plan-upload")),
                "plan2.csv",
                "text/csv",
                new String(plan, StandardCharsets.UTF_8)
                        .replace("Sirens", "Shelters")
                        .getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("import-plan")));
        assertThat(_get(Anchor.class, spec -> spec.withId("plan-review-link")).getHref())
                .startsWith("tasks/");
    }

    private String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private String name(String username) {
        return as(city.chair(), () -> options.names(List.of(username))).get(username);
    }
}
