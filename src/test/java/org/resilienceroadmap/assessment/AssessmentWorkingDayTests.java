package org.resilienceroadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * What the scoring page and the task pages add to the assessment: scorers chosen by name, the same
 * answer twice, an Essential marked scored, a return with a note per Essential, findings dismissed
 * and merged.
 */
class AssessmentWorkingDayTests extends IntegrationTest {

    private static final String COORDINATOR = "coordinator.tajikistan";

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentFindings assessmentFindings;

    @Autowired
    AssessmentReads assessmentReads;

    @Autowired
    ScoreTasks scoreTasks;

    @Autowired
    TaskInbox inbox;

    @Autowired
    RuntimeService runtime;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    org.resilienceroadmap.shared.audit.AuditLog audit;

    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate rest;

    private TestCity city;
    private Long id;

    @BeforeEach
    void openAnAssessment() {
        city = fixtures.newCity();
        id = as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null))
                .getId();
    }

    @Test
    void theChairChoosesScorersByNameAndABlankGivesTheEssentialBackToTheWholeGroup() {
        var person = people.create(
                new NewPerson("ana." + city.code().toLowerCase(), "Ana Petrović", null, "Test", "en"),
                "{noop}x",
                false);
        people.addMembership(person.getId(), Role.MEMBER, city.id(), null);
        assertThat(as(city.chair(), () -> assessmentReads.workingGroup(id)))
                .contains(new Scorer(person.getUsername(), "Ana Petrović"))
                .extracting(Scorer::username)
                .doesNotContain(COORDINATOR);

        as(city.chair(), () -> assessments.assign(id, Map.of(2, person.getUsername(), 3, city.member())));
        Map<Integer, String> blank = new HashMap<>();
        blank.put(3, null);
        as(city.chair(), () -> assessments.assign(id, blank));
        assertThat(as(city.chair(), () -> assessmentReads.detail(id))
                        .assessment()
                        .getScorers())
                .isEqualTo(Map.of(2, person.getUsername()));
        assertThatThrownBy(() -> as(city.member(), () -> assessments.assign(id, Map.of(2, city.member()))))
                .isInstanceOf(ForbiddenException.class);

        start();
        TaskItem second = scoreTask(person.getUsername(), 2);
        assertThat(second.assignee()).isEqualTo(person.getUsername());
        assertThat(scoreTask(city.member(), 3).assignee()).isNull();
    }

    @Test
    void theSameAnswerAgainIsNeitherAConflictNorANewVersion() {
        start();
        Answer first = as(city.member(), () -> assessments.answer(id, "P1.1", 2, "Drafted ", null, null));
        // The browser sent the change twice, or the member clicked twice: the stale version says nothing new.
        Answer again = as(city.member(), () -> assessments.answer(id, "P1.1", 2, "Drafted", null, null));
        assertThat(again.getVersion()).isEqualTo(first.getVersion());
        Answer fromTheChair = as(city.chair(), () -> assessments.answer(id, "P1.1", 2, "Drafted", null, null));
        assertThat(fromTheChair.getAnsweredBy()).isEqualTo(city.member());
        assertThatThrownBy(() -> as(city.chair(), () -> assessments.answer(id, "P1.1", 3, "Drafted", null, null)))
                .as("a different answer still names the version it replaces")
                .isInstanceOf(ConflictException.class);
        assertThat(as(city.member(), () -> assessmentReads.detail(id)).answers())
                .hasSize(1);
    }

    @Test
    void aScorerMarksAnEssentialScoredOnceAndOnlyTheWorkingGroupMay() {
        start();
        as(city.member(), () -> assessments.answer(id, "P1.1", 1, null, null, null));
        assertThat(as(city.member(), () -> assessmentReads.unanswered(id, 1)))
                .extracting(ScorecardQuestion::code)
                .containsExactly("P1.2", "P1.3");
        assertThatThrownBy(() -> as(COORDINATOR, () -> scoreTasks.markScored(id, 1)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(as(city.member(), () -> scoreTasks.openFor(id, 1))).isPresent();

        as(city.member(), () -> scoreTasks.markScored(id, 1));
        assertThat(as(city.member(), () -> scoreTasks.openFor(id, 1))).isEmpty();
        assertThat(as(city.member(), () -> scoreTasks.openFor(id, 2))).isPresent();
        assertThat(as(city.chair(), inbox::openTasks))
                .filteredOn(t -> t.processInstanceId().equals(instance()))
                .extracting(TaskItem::nameArgument)
                .doesNotContain(1)
                .hasSize(9);
        assertThatThrownBy(() -> as(city.member(), () -> scoreTasks.markScored(id, 1)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aReturnCarriesANotePerEssentialThatItsScorersReadAgain() {
        toValidation();
        TaskItem validate = only(COORDINATOR, AssessmentProcess.TASK_VALIDATE);
        as(
                COORDINATOR,
                () -> inbox.complete(
                        validate.id(),
                        "return",
                        "Two Essentials lack evidence",
                        Map.of(
                                AssessmentProcess.RETURN_ESSENTIALS,
                                "2,5",
                                AssessmentProcess.RETURN_NOTES,
                                ReturnNotes.write(
                                        Map.of(2, "Attach the risk study", 5, "Which buffers are protected?")))));

        assertThat(as(city.member(), () -> assessmentReads.returnNotes(id)))
                .isEqualTo(Map.of(2, "Attach the risk study", 5, "Which buffers are protected?"));
        assertThat(as("chair.kraljevo", () -> {
                    try {
                        return assessmentReads.returnNotes(id);
                    } catch (org.resilienceroadmap.shared.error.NotFoundException e) {
                        return null;
                    }
                }))
                .as("out of scope")
                .isNull();

        scoreAll();
        assertThat(as(city.member(), () -> assessmentReads.returnNotes(id)))
                .as("only while scored again")
                .isEmpty();
    }

    @Test
    void aReturnThroughTheApiIsHeldToWhatThePageAllowsAndLeavesTheTaskOpenWhenRefused() {
        toValidation();
        TaskItem validate = only(COORDINATOR, AssessmentProcess.TASK_VALIDATE);
        for (Object notes : List.of(
                ReturnNotes.write(Map.of(3, "Not returned")),
                "not an object",
                ReturnNotes.write(Map.of(2, "x".repeat(AssessmentService.MAX_TEXT + 1))))) {
            assertThatThrownBy(() -> as(
                            COORDINATOR,
                            () -> inbox.complete(
                                    validate.id(),
                                    "return",
                                    "Back",
                                    Map.of(
                                            AssessmentProcess.RETURN_ESSENTIALS,
                                            "2",
                                            AssessmentProcess.RETURN_NOTES,
                                            notes))))
                    .as(
                            "notes %s",
                            notes.toString()
                                    .substring(0, Math.min(40, notes.toString().length())))
                    .isInstanceOf(InvalidRequestException.class)
                    .extracting(e -> ((InvalidRequestException) e).field())
                    .isEqualTo(AssessmentProcess.RETURN_NOTES);
        }
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> inbox.complete(
                                validate.id(),
                                "return",
                                "Back",
                                Map.of(
                                        AssessmentProcess.RETURN_ESSENTIALS,
                                        "2",
                                        AssessmentProcess.RETURN_NOTES,
                                        "y".repeat(5000)))))
                .as("longer than the engine's text column")
                .isInstanceOf(InvalidRequestException.class);
        assertThat(only(COORDINATOR, AssessmentProcess.TASK_VALIDATE).id())
                .as("still waiting")
                .isEqualTo(validate.id());
        assertThat(as(COORDINATOR, () -> assessmentReads.detail(id))
                        .assessment()
                        .getState())
                .isEqualTo(AssessmentState.IN_VALIDATION);
    }

    @Test
    void theChairDismissesAndMergesFindingsWhileConsolidatingOnly() {
        start();
        for (String code : List.of("P1.1", "P1.2", "P2.1", "P2.2")) {
            as(city.member(), () -> assessments.answer(id, code, 0, null, null, null));
        }
        assertThatThrownBy(() -> as(city.chair(), () -> assessmentFindings.dismissFinding(id, 1L)))
                .as("not while scoring")
                .isInstanceOf(ConflictException.class);
        scoreAll();
        List<Finding> proposed =
                as(city.chair(), () -> assessmentReads.detail(id)).findings();
        assertThat(proposed).extracting(Finding::getQuestionCode).containsExactly("P1.1", "P1.2", "P2.1", "P2.2");
        Long p11 = proposed.get(0).getId();
        Long p12 = proposed.get(1).getId();
        Long p21 = proposed.get(2).getId();
        Long p22 = proposed.get(3).getId();

        assertThatThrownBy(() -> as(city.member(), () -> assessmentFindings.dismissFinding(id, p21)))
                .isInstanceOf(ForbiddenException.class);
        as(city.chair(), () -> assessmentFindings.dismissFinding(id, p21));
        assertThatThrownBy(() -> as(city.chair(), () -> assessmentFindings.mergeFindings(id, p11, p11)))
                .isInstanceOf(InvalidRequestException.class);
        Finding merged = as(city.chair(), () -> assessmentFindings.mergeFindings(id, p11, p12));
        assertThat(merged.getGap()).startsWith("P1.1").contains("\n\nP1.2");
        assertThat(audit.history(AssessmentService.SUBJECT_TYPE, String.valueOf(id)))
                .as("both changes to the findings are recorded: who, what, which finding was kept")
                .filteredOn(
                        r -> r.getAction().endsWith("Finding") || r.getAction().endsWith("Findings"))
                .extracting(r -> r.getActor() + " " + r.getAction() + " " + r.getReference())
                .containsExactly(
                        city.chair() + " assessment:dismissFinding null",
                        city.chair() + " assessment:mergeFindings " + p11);

        var rest = this.rest.withBasicAuth(city.chair(), "demo");
        assertThat(rest.exchange(
                                "/api/v1/assessments/" + id + "/findings/" + p22,
                                HttpMethod.DELETE,
                                null,
                                JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.post(
                                city.chair(),
                                "/api/v1/assessments/" + id + "/findings/" + p11 + "/merge",
                                Map.of("mergedId", p21))
                        .getStatusCode())
                .as("dismissed already")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post(
                                city.member(),
                                "/api/v1/assessments/" + id + "/findings/" + p11 + "/merge",
                                Map.of("mergedId", p12))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(city.chair(), () -> assessmentReads.detail(id)).findings())
                .extracting(Finding::getId)
                .containsExactly(p11);
    }

    private void start() {
        TaskItem assign = only(city.chair(), AssessmentProcess.TASK_ASSIGN);
        as(city.chair(), () -> inbox.complete(assign.id(), "start", null, Map.of()));
    }

    private void toValidation() {
        start();
        scoreAll();
        TaskItem consolidate = only(city.chair(), AssessmentProcess.TASK_CONSOLIDATE);
        as(city.chair(), () -> inbox.complete(consolidate.id(), "submit", null, Map.of()));
    }

    private void scoreAll() {
        for (TaskItem t : tasks(city.member(), AssessmentProcess.TASK_SCORE)) {
            as(city.member(), () -> inbox.complete(t.id(), "done", null, Map.of()));
        }
    }

    private TaskItem scoreTask(String who, int essential) {
        return tasks(who, AssessmentProcess.TASK_SCORE).stream()
                .filter(t -> Integer.valueOf(essential).equals(t.nameArgument()))
                .findFirst()
                .orElseThrow();
    }

    private TaskItem only(String who, String taskKey) {
        List<TaskItem> found = tasks(who, taskKey);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<TaskItem> tasks(String who, String taskKey) {
        return as(who, inbox::openTasks).stream()
                .filter(t ->
                        t.processInstanceId().equals(instance()) && t.taskKey().equals(taskKey))
                .toList();
    }

    private String instance() {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(AssessmentProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(id))
                .singleResult()
                .getId();
    }
}
