package org.resilienceroadmap.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.action.Evidence;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.process.StrategyReviewProcess;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** The pages people fix a returned strategy and action on mark the pinned objective and fields in words. */
class PinnedMarksViewTests extends KaribuTest {

    private static final String COORDINATOR = "coordinator.tajikistan";
    private static final String MARK = "Returned with a comment: see the pinned comments above";

    @Autowired
    Fixtures fixtures;

    @Autowired
    StrategyDriver strategies;

    @Autowired
    StrategyService strategyService;

    @Autowired
    ActionDriver actions;

    @Autowired
    ActionProgress progress;

    @Autowired
    TaskInbox inbox;

    @Test
    void theDraftEditorMarksTheObjectiveAReturnPinnedAComment() {
        TestCity city = fixtures.newCity();
        Long id = strategies.current(city.id(), city.chair()).getId();
        strategies.draft(id, city.chair(), "# Strategy\n\n## Early warning\n\nSirens.");
        strategies.submit(id, city.chair(), List.of(city.member()));
        strategies.decide(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW, "approve", null);
        strategies.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_CONSOLIDATE, "send-for-approval", null);
        Long objective = as(city.chair(), () -> strategyService.detail(id))
                .strategy()
                .getObjectives()
                .get(0)
                .getId();
        TaskItem approval = strategies.task(COORDINATOR, city.id(), StrategyReviewProcess.TASK_APPROVE);
        as(
                COORDINATOR,
                () -> inbox.complete(
                        approval.id(),
                        "return",
                        "See the pins",
                        Map.of("pins", List.of(Map.of("item", "objective:" + objective, "text", "Which districts?")))));

        login(city.member());
        UI.getCurrent().navigate("strategies/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("pinned-summary")).getText())
                .isEqualTo("Still waiting for an answer: 1 of 1. Answer each before submitting again.");
        assertThat(_find(Span.class, spec -> spec.withClasses("pin-mark")))
                .singleElement()
                .satisfies(mark -> {
                    assertThat(mark.getText()).isEqualTo(MARK);
                    assertThat(mark.getElement().getAttribute("data-pin-item")).isEqualTo("objective:" + objective);
                    assertThat(mark.getParent().orElseThrow().getElement().getClassList())
                            .contains("strategy-objective", "pinned-open");
                });
    }

    @Test
    void theActionPageMarksTheFieldsAReturnedClaimPinnedCommentsTo() {
        TestCity city = fixtures.newCity();
        Long strategyId = actions.adoptedStrategy(city);
        Long actionId = actions.approved(
                        city, strategyId, "Sirens", LocalDate.now(Days.ZONE).plusMonths(10))
                .getId();
        as(
                city.member(),
                () -> progress.claimCompletion(actionId, "Done", List.of(new Evidence("log.png", new byte[] {
                    (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10
                }))));
        actions.decide(
                COORDINATOR,
                actionId,
                ActionProcess.TASK_VERIFY,
                "return",
                "See the pins",
                Map.of(
                        "pins",
                        List.of(
                                Map.of("item", "field:due", "text", "Was it on time?"),
                                Map.of("item", "field:evidence", "text", "The test log is missing"))));

        login(city.member());
        UI.getCurrent().navigate("actions/" + actionId);
        assertThat(_find(Span.class, spec -> spec.withClasses("pin-mark")))
                .extracting(mark -> mark.getElement().getAttribute("data-pin-item"))
                .containsExactlyInAnyOrder("field:due", "field:evidence");
        assertThat(_find(Span.class, spec -> spec.withClasses("pin-mark")))
                .allSatisfy(mark -> assertThat(mark.getText()).isEqualTo(MARK));
    }
}
