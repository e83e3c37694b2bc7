package org.resilienceroadmap.action;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review of an imported plan on its task page: the chair decides rows one by one (a refused
 * choice stays with its refusal until the reason is written), accepts the rest at once, is told why
 * the review cannot complete while rows are undecided, and completes it; whoever may not decide reads.
 */
class PlanReviewPanelTests extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.now(Days.ZONE);

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver driver;

    @Autowired
    ActionService actions;

    @Autowired
    ActionPlanReviews reviews;

    @Autowired
    TaskInbox inbox;

    private TestCity city;
    private Long strategy;
    private Long reviewId;
    private List<Long> ids;

    @BeforeEach
    void importAPlan() {
        city = fixtures.newCity();
        strategy = driver.adoptedStrategy(city);
        Long objective = driver.objectiveOf(strategy, city.member());
        List<NewAction> rows = List.of(
                spec(objective, "Row one: sirens", "60000"),
                spec(objective, "Row two: flood maps", "8000"),
                spec(objective, "Row three: a monument", "4000"),
                spec(objective, "Row four: drains", "9000"));
        reviewId = as(city.member(), () -> actions.proposePlan(strategy, "plan.xlsx", rows))
                .getId();
        ids = as(city.chair(), () -> reviews.detail(reviewId)).rows().stream()
                .map(Action::getId)
                .toList();
    }

    @Test
    void theChairDecidesRowByRowAcceptsTheRestAndCompletesTheReview() {
        String task = reviewTask(city.chair()).id();
        login(city.chair());
        UI.getCurrent().navigate("tasks/" + task);
        assertThat(GridKt._findAll(grid()))
                .extracting(Action::getTitle)
                .containsExactly("Row one: sirens", "Row two: flood maps", "Row three: a monument", "Row four: drains");
        assertThat(undecided()).isEqualTo("4 rows have no decision yet");
        assertThat(decision(0)
                        .getListDataView()
                        .getItems()
                        .map(decision(0).getItemLabelGenerator())
                        .toList())
                .containsExactly("Accept into the plan", "Ask for changes", "Decline");

        _setValue(decision(1), PlanDecision.CHANGE);
        assertThat(notices()).contains("To ask for changes, write the reason for the proposer");
        assertThat(row(1).getPlanDecision()).as("refused, so not saved").isNull();
        assertThat(decision(1).getValue()).as("the choice stays on the screen").isEqualTo(PlanDecision.CHANGE);
        assertThat(decision(1).isInvalid()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("plan-accept-remaining")));
        assertThat(notices()).contains("A row shows a choice that was not saved: write its reason or change it first.");
        assertThat(row(0).getPlanDecision())
                .as("nothing accepted over the refused choice")
                .isNull();
        assertThat(row(1).getPlanDecision()).isNull();
        _setValue(comment(1), "Which districts?");
        assertThat(row(1).getPlanDecision()).isEqualTo(PlanDecision.CHANGE);
        assertThat(row(1).getPlanComment()).isEqualTo("Which districts?");

        _setValue(comment(2), "Not risk reduction");
        assertThat(row(2).getPlanDecision())
                .as("a comment alone decides nothing")
                .isNull();
        _setValue(decision(2), PlanDecision.DECLINE);
        assertThat(row(2).getPlanDecision()).isEqualTo(PlanDecision.DECLINE);
        assertThat(row(2).getPlanComment())
                .as("the comment typed first went with it")
                .isEqualTo("Not risk reduction");
        assertThat(undecided()).isEqualTo("2 rows have no decision yet");

        _click(_get(Button.class, spec -> spec.withId("outcome-decide")));
        assertThat(notices()).contains("2 rows have no decision yet");
        assertThat(_get(H1.class, spec -> spec.withId("task-title")).getText())
                .as("still on the task")
                .isEqualTo("Review the imported action plan");
        assertThat(reviewTask(city.chair()).id()).isEqualTo(task);

        _click(_get(Button.class, spec -> spec.withId("plan-accept-remaining")));
        assertThat(undecided()).isEqualTo("Every row has its decision: complete the review.");
        assertThat(GridKt._findAll(grid()))
                .extracting(Action::getPlanDecision)
                .containsExactly(PlanDecision.ACCEPT, PlanDecision.CHANGE, PlanDecision.DECLINE, PlanDecision.ACCEPT);
        _click(_get(Button.class, spec -> spec.withId("outcome-decide")));

        assertThat(as(city.chair(), () -> reviews.detail(reviewId)).review().isDecided())
                .isTrue();
        assertThat(row(0).getAcceptedBy()).isEqualTo(city.chair());
        assertThat(row(0).getRoute().levelList()).containsExactly("national");
        driver.task(ActionDriver.COORDINATOR, ids.get(0), ActionProcess.TASK_APPROVE);
        driver.task(city.member(), ids.get(1), ActionProcess.TASK_REVISE);
        assertThat(row(2).getStatus()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(row(3).getStatus()).as("small and local").isEqualTo(ActionStatus.APPROVED);
    }

    @Test
    void onAPhoneEachRowIsACardThatDecidesToo() {
        String task = reviewTask(city.chair()).id();
        login(city.chair());
        UI.getCurrent().navigate("tasks/" + task);
        // On a desktop the cards are not made at all: the column draws nothing, with no component a row.
        assertThat(grid().getColumnByKey("card").getRenderer())
                .isNotInstanceOf(com.vaadin.flow.data.renderer.ComponentRenderer.class);
        UI.getCurrent().navigate("");
        // A phone: the page knows its window is 375 px wide.
        UI.getCurrent()
                .getInternals()
                .setExtendedClientDetails(com.github.mvysny.kaributesting.v10.UtilsKt.createExtendedClientDetails(
                        "375", "812", "375", "812", "375", "812", "0", "0", "0", "false", "UTC", "", "true", "2", "",
                        "iPhone"));
        UI.getCurrent().navigate("tasks/" + task);
        Component card = GridKt._getCellComponent(grid(), 2, "card");
        @SuppressWarnings("unchecked")
        Select<PlanDecision> decision =
                (Select<PlanDecision>) _get(card, Select.class, spec -> spec.withId("card-decision-" + ids.get(2)));
        _setValue(_get(card, TextField.class, spec -> spec.withId("card-comment-" + ids.get(2))), "Not risk reduction");
        _setValue(decision, PlanDecision.DECLINE);
        assertThat(row(2).getPlanDecision()).isEqualTo(PlanDecision.DECLINE);
        assertThat(row(2).getPlanComment()).isEqualTo("Not risk reduction");
        assertThat(undecided()).isEqualTo("3 rows have no decision yet");
    }

    @Test
    void theProposerReadsTheRowsButDecidesNone() {
        String task = reviewTask(city.chair()).id();
        as(city.chair(), () -> reviews.decide(reviewId, ids.get(0), PlanDecision.DECLINE, "Too late"));
        login(city.member());
        UI.getCurrent().navigate("tasks/" + task);
        assertThat(decision(0).getValue()).isEqualTo(PlanDecision.DECLINE);
        assertThat(decision(0).isReadOnly()).isTrue();
        assertThat(comment(0).isReadOnly()).isTrue();
        assertThat(comment(0).getValue()).isEqualTo("Too late");
        assertThat(_find(Button.class, spec -> spec.withId("plan-accept-remaining")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("outcome-decide"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("plan-read-only")).getText())
                .isEqualTo("Only the chair or a member named to review decides the rows.");
    }

    @Test
    void theSameRowsReadInRussian() {
        String task = reviewTask(city.chair()).id();
        login(city.chair());
        UI.getCurrent().navigate("tasks");
        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag("ru"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("tasks/" + task);
        assertThat(undecided()).isEqualTo("4 строки ещё без решения");
        _setValue(decision(0), PlanDecision.DECLINE);
        assertThat(notices()).anySatisfy(n -> assertThat(n).startsWith("Чтобы отклонить, напишите причину"));
    }

    private NewAction spec(Long objective, String title, String eur) {
        LocalDate due = TODAY.plusMonths(10);
        return new NewAction(
                objective,
                title,
                "Described",
                "Emergency committee",
                city.member(),
                due.minusMonths(6),
                due,
                new Money(new BigDecimal(eur), "EUR"),
                null,
                List.of(2),
                List.of(),
                List.of(4));
    }

    private TaskItem reviewTask(String who) {
        return as(who, inbox::openTasks).stream()
                .filter(t -> t.taskKey().equals(ActionProcess.TASK_REVIEW_PLAN)
                        && t.subjectId().equals(String.valueOf(reviewId)))
                .findFirst()
                .orElseThrow();
    }

    private Action row(int index) {
        return as(city.chair(), () -> actions.detail(ids.get(index))).action();
    }

    @SuppressWarnings("unchecked")
    private Grid<Action> grid() {
        return _get(Grid.class, spec -> spec.withId("plan-rows"));
    }

    @SuppressWarnings("unchecked")
    private Select<PlanDecision> decision(int row) {
        return (Select<PlanDecision>) GridKt._getCellComponent(grid(), row, "decision");
    }

    private TextField comment(int row) {
        return (TextField) GridKt._getCellComponent(grid(), row, "comment");
    }

    private String undecided() {
        return _get(Span.class, spec -> spec.withId("plan-undecided")).getText();
    }

    private List<String> notices() {
        List<String> texts = new ArrayList<>();
        NotificationsKt.getNotifications().forEach(n -> texts.add(n.getElement().getProperty("text", "")));
        return texts;
    }
}
