package org.resilienceroadmap.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pins as people meet them: the coordinator pins comments to questions on the validation task's page;
 * the working group sees the pinned items marked in words on the assessment, answers each there, and
 * the answered pins stay with their answers.
 */
class PinnedItemsViewTests extends KaribuTest {

    private static final String COORDINATOR = "coordinator.tajikistan";

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TaskInbox inbox;

    @Autowired
    PinnedComments pins;

    private TestCity city;
    private String id;

    @BeforeEach
    void anAssessmentInValidation() {
        city = fixtures.newCity();
        id = String.valueOf(as(
                        city.chair(),
                        () -> assessments.open(
                                city.id(), "preliminary", LocalDate.of(2021, 8, 11), LocalDate.of(2021, 8, 12)))
                .getId());
        complete(city.chair(), AssessmentProcess.TASK_ASSIGN, "start", Map.of());
        for (String who : List.of(city.chair(), city.member())) {
            for (TaskItem t : tasks(who, AssessmentProcess.TASK_SCORE)) {
                as(who, () -> inbox.complete(t.id(), "done", null, Map.of()));
            }
        }
        complete(city.chair(), AssessmentProcess.TASK_CONSOLIDATE, "submit", Map.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinatorPinsCommentsToQuestionsOnTheReturnsTaskPage() {
        login(COORDINATOR);
        UI.getCurrent()
                .navigate("tasks/"
                        + tasks(COORDINATOR, AssessmentProcess.TASK_VALIDATE)
                                .get(0)
                                .id());
        ComboBox<PinTarget.PinItem> item = _get(ComboBox.class, spec -> spec.withId("pin-item"));
        pinTo(item, "question:P1.1", "Which decree set up the platform?");
        pinTo(item, "essential:3", "Where is the DRR budget line?");
        assertThat(_find(Div.class, spec -> spec.withClasses("pin-draft"))).hasSize(2);

        _setValue(_get(TextArea.class, spec -> spec.withId("pin-text")), "Forgotten");
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "See the pinned comments");
        _click(_get(Button.class, spec -> spec.withId("outcome-return")));
        assertThat(pins.openCount(AssessmentService.SUBJECT_TYPE, id))
                .as("a comment written but not pinned stops the return, so it is not lost")
                .isZero();

        _setValue(_get(TextArea.class, spec -> spec.withId("pin-text")), "");
        _click(_get(Button.class, spec -> spec.withId("outcome-return")));
        assertThat(as(city.chair(), () -> pins.of(AssessmentService.SUBJECT_TYPE, id, Locale.ENGLISH)))
                .extracting(Pin::itemKey, Pin::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("question:P1.1", "Which decree set up the platform?"),
                        org.assertj.core.groups.Tuple.tuple("essential:3", "Where is the DRR budget line?"));
    }

    @Test
    void theWorkingGroupSeesThePinnedItemsMarkedInWordsAndAnswersEach() {
        returnWithPins();
        login(city.member());
        // The question's Essential open, as a task's link opens it: the other tabs are not on the page.
        UI.getCurrent().navigate("assessments/" + id, com.vaadin.flow.router.QueryParameters.of("essential", "1"));
        VerticalLayout panel = _get(VerticalLayout.class, spec -> spec.withId("pinned-items"));
        assertThat(panel.isVisible()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("pinned-summary")).getText())
                .isEqualTo("Still waiting for an answer: 1 of 1. Answer each before submitting again.");
        Pin pin = as(city.member(), () -> pins.of(AssessmentService.SUBJECT_TYPE, id, Locale.ENGLISH))
                .get(0);
        Div entry = _get(Div.class, spec -> spec.withId("pin-" + pin.id()));
        assertThat(entry.getElement().getTextRecursively())
                .contains("P1.1 · ")
                .contains("Open: waiting for an answer")
                .contains("Which decree set up the platform?");
        assertThat(_find(Span.class, spec -> spec.withClasses("pin-mark")))
                .singleElement()
                .satisfies(mark -> {
                    assertThat(mark.getText()).isEqualTo("Returned with a comment: see the pinned comments above");
                    assertThat(mark.getElement().getAttribute("data-pin-item")).isEqualTo("question:P1.1");
                });

        _setValue(_get(TextArea.class, spec -> spec.withId("pin-answer-" + pin.id())), "Decree 12/2019");
        _click(_get(Button.class, spec -> spec.withId("pin-send-" + pin.id())));

        assertThat(_get(Paragraph.class, spec -> spec.withId("pinned-summary")).getText())
                .isEqualTo("All 1 pinned comments are answered.");
        assertThat(_get(Div.class, spec -> spec.withId("pin-" + pin.id()))
                        .getElement()
                        .getTextRecursively())
                .contains("Answered")
                .contains("Which decree set up the platform?")
                .contains("Decree 12/2019");
        assertThat(_find(TextArea.class, spec -> spec.withId("pin-answer-" + pin.id())))
                .isEmpty();
        assertThat(_find(Span.class, spec -> spec.withClasses("pin-mark"))).isEmpty();
    }

    @Test
    void theCoordinatorReadsThePinsButHasNoBoxToAnswerThem() {
        returnWithPins();
        login(COORDINATOR);
        UI.getCurrent().navigate("assessments/" + id);
        Pin pin = as(COORDINATOR, () -> pins.of(AssessmentService.SUBJECT_TYPE, id, Locale.ENGLISH))
                .get(0);
        assertThat(_get(Div.class, spec -> spec.withId("pin-" + pin.id()))
                        .getElement()
                        .getTextRecursively())
                .contains("Which decree set up the platform?");
        assertThat(_find(TextArea.class, spec -> spec.withId("pin-answer-" + pin.id())))
                .isEmpty();
    }

    private void pinTo(ComboBox<PinTarget.PinItem> item, String key, String text) {
        PinTarget.PinItem wanted = item.getGenericDataView()
                .getItems()
                .filter(i -> i.key().equals(key))
                .findFirst()
                .orElseThrow();
        _setValue(item, wanted);
        _setValue(_get(TextArea.class, spec -> spec.withId("pin-text")), text);
        _click(_get(Button.class, spec -> spec.withId("pin-add")));
    }

    private void returnWithPins() {
        complete(
                COORDINATOR,
                AssessmentProcess.TASK_VALIDATE,
                "return",
                Map.of("pins", List.of(Map.of("item", "question:P1.1", "text", "Which decree set up the platform?"))));
    }

    private void complete(String who, String taskKey, String outcome, Map<String, Object> fields) {
        List<TaskItem> open = tasks(who, taskKey);
        assertThat(open).hasSize(1);
        as(who, () -> inbox.complete(open.get(0).id(), outcome, "See the pins", fields));
    }

    private List<TaskItem> tasks(String who, String taskKey) {
        return as(who, () -> inbox.openTasks()).stream()
                .filter(t -> t.processKey().equals(AssessmentProcess.KEY)
                        && id.equals(t.subjectId())
                        && t.taskKey().equals(taskKey))
                .toList();
    }
}
