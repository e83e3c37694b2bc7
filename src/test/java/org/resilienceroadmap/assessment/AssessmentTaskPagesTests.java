package org.resilienceroadmap.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/** The assessment's task pages and the scoring page's new parts, as the chair, a scorer and the coordinator use them. */
class AssessmentTaskPagesTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentReads assessmentReads;

    @Autowired
    ScoreTasks scoreTasks;

    @Autowired
    TaskInbox inbox;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    ScorecardTemplates templates;

    @Test
    void theChairPicksScorersByNameOnTheAssignmentTask() {
        TestCity city = fixtures.newCity();
        String ana = "ana." + city.code().toLowerCase();
        var person =
                people.create(new NewPerson(ana, "Ana Petrović", null, "Test", "en"), passwords.hash("demo"), false);
        people.addMembership(person.getId(), Role.MEMBER, city.id(), null);
        Long id = as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null))
                .getId();
        TaskItem assign = task(city.chair(), id, AssessmentProcess.TASK_ASSIGN);

        login(city.chair());
        UI.getCurrent().navigate("tasks/" + assign.id());
        @SuppressWarnings("unchecked")
        Select<String> second = _get(Select.class, spec -> spec.withId("scorer-2"));
        assertThat(second.getItemLabelGenerator().apply(ana)).isEqualTo("Ana Petrović");
        assertThat(second.getItemLabelGenerator().apply(second.getValue())).isEqualTo("the whole working group");
        _setValue(second, ana);
        assertThat(as(city.chair(), () -> assessmentReads.detail(id))
                        .assessment()
                        .getScorers())
                .isEqualTo(Map.of(2, ana));

        _click(_get(Button.class, spec -> spec.withId("outcome-start")));
        TaskItem scoreTwo = as(ana, inbox::openTasks).stream()
                .filter(t -> t.subjectId().equals(String.valueOf(id))
                        && Integer.valueOf(2).equals(t.nameArgument()))
                .findFirst()
                .orElseThrow();
        assertThat(scoreTwo.assignee()).isEqualTo(ana);

        login(ana);
        UI.getCurrent().navigate("tasks/" + scoreTwo.id());
        assertThat(_get(Anchor.class, spec -> spec.withId("open-essential")).getHref())
                .isEqualTo("assessments/" + id + "?essential=2");
        as(ana, () -> assessments.answer(id, "P2.1", 2, null, null, null));
        UI.getCurrent().navigate("assessments/" + id, com.vaadin.flow.router.QueryParameters.of("essential", "2"));
        assertThat(_get(Span.class, spec -> spec.withId("scorer-of-2")).getText())
                .isEqualTo("Scored by Ana Petrović");
        var card = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("question-P2.1"));
        assertThat(_get(card, Span.class, spec -> spec.withClasses("question-status"))
                        .getText())
                .as("who answered, by name, not the username")
                .isEqualTo("Saved · last answered by Ana Petrović");
    }

    @Test
    void theScorerMarksAnEssentialScoredAfterSeeingItsUnansweredQuestions() {
        TestCity city = fixtures.newCity();
        Long id = scoring(city);
        as(city.member(), () -> assessments.answer(id, "P1.1", 2, null, null, null));
        login(city.member());
        UI.getCurrent().navigate("assessments/" + id, com.vaadin.flow.router.QueryParameters.of("essential", "1"));
        _click(_get(Button.class, spec -> spec.withId("mark-scored-1")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Mark Essential 1 scored?");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("unanswered-list"))
                        .getChildren()
                        .map(c -> c.getElement().getText())
                        .toList())
                .containsExactly("P1.2 — " + question("P1.2"), "P1.3 — " + question("P1.3"));
        assertThat(as(city.member(), () -> scoreTasks.openFor(id, 1)))
                .as("nothing done before the confirmation")
                .isPresent();
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(as(city.member(), () -> scoreTasks.openFor(id, 1))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("mark-scored-1"))).isEmpty();
    }

    @Test
    void theCoordinatorSeesCompletenessAndReturnsNamedEssentialsWithANoteEach() {
        TestCity city = fixtures.newCity();
        Long id = scoring(city);
        as(city.member(), () -> assessments.answer(id, "P2.1", 1, null, null, null));
        for (TaskItem t : as(city.member(), inbox::openTasks)) {
            if (t.subjectId().equals(String.valueOf(id))) {
                as(city.member(), () -> inbox.complete(t.id(), "done", null, Map.of()));
            }
        }
        TaskItem consolidate = task(city.chair(), id, AssessmentProcess.TASK_CONSOLIDATE);
        as(city.chair(), () -> inbox.complete(consolidate.id(), "submit", null, Map.of()));
        TaskItem validate = task(city.coordinator(), id, AssessmentProcess.TASK_VALIDATE);

        login(city.coordinator());
        UI.getCurrent().navigate("tasks/" + validate.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("completeness")).getText())
                .isEqualTo("46 of 47 questions unanswered");
        _setValue(_get(Checkbox.class, spec -> spec.withId("return-5")), true);
        _setValue(_get(TextField.class, spec -> spec.withId("return-note-2")), "Attach the 2019 risk study");
        assertThat(_get(Checkbox.class, spec -> spec.withId("return-2")).getValue())
                .as("a note ticks its Essential")
                .isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "Two Essentials need more");
        _click(_get(Button.class, spec -> spec.withId("outcome-return")));
        assertThat(task(city.coordinator(), id, AssessmentProcess.TASK_VALIDATE))
                .as("Essential 5 has no note yet")
                .isNotNull();

        _setValue(_get(TextField.class, spec -> spec.withId("return-note-5")), "Which buffers are protected?");
        _click(_get(Button.class, spec -> spec.withId("outcome-return")));
        assertThat(as(city.member(), () -> assessmentReads.returnNotes(id)))
                .isEqualTo(Map.of(2, "Attach the 2019 risk study", 5, "Which buffers are protected?"));

        TaskItem again = as(city.member(), inbox::openTasks).stream()
                .filter(t -> t.subjectId().equals(String.valueOf(id))
                        && Integer.valueOf(5).equals(t.nameArgument()))
                .findFirst()
                .orElseThrow();
        login(city.member());
        UI.getCurrent().navigate("tasks/" + again.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("return-note")).getText())
                .isEqualTo("The coordinator returned this Essential for scoring again: Which buffers are protected?");
        UI.getCurrent().navigate("assessments/" + id, com.vaadin.flow.router.QueryParameters.of("essential", "2"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("return-note-2")).getText())
                .endsWith("Attach the 2019 risk study");
    }

    private Long scoring(TestCity city) {
        Long id = as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null))
                .getId();
        TaskItem assign = task(city.chair(), id, AssessmentProcess.TASK_ASSIGN);
        as(city.chair(), () -> inbox.complete(assign.id(), "start", null, Map.of()));
        return id;
    }

    private String question(String code) {
        return templates.get("preliminary").question(code).orElseThrow().text("en");
    }

    private TaskItem task(String who, Long id, String taskKey) {
        List<TaskItem> found = as(who, inbox::openTasks).stream()
                .filter(t ->
                        t.subjectId().equals(String.valueOf(id)) && t.taskKey().equals(taskKey))
                .toList();
        return found.isEmpty() ? null : found.get(0);
    }
}
