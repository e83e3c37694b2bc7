package org.resilienceroadmap.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.assessment.Assessment;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.publication.process.CityPublicationProcess;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.support.AssessmentDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * What a published page must not show: a city with named people (one with an e-mail address), commented
 * answers, a validated scorecard and a newer one still being scored, an adopted strategy and a newer draft,
 * an approval with a comment. Its HTML in every language and its JSON show the validated scores, the adopted
 * strategy — and none of the people, comments, the draft's title or the unvalidated scores.
 */
class PublicPagePrivacyTests extends IntegrationTest {

    private static final String NAME = "Malika Secretova";
    private static final String EMAIL = "malika.secretova@example.org";
    private static final String VALIDATED_COMMENT = "Sirens tested in March, per the civil protection log";
    private static final String UNVALIDATED_COMMENT = "Clinics have no backup power yet";
    private static final String DRAFT_TITLE = "Orion draft for 2031 onwards";
    private static final String APPROVAL_COMMENT = "Fine to publish, thanks Malika";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    AssessmentReads assessmentReads;

    @Autowired
    AssessmentDriver assessments;

    @Autowired
    StrategyDriver strategies;

    @Autowired
    StrategyService strategyService;

    @Autowired
    PublicationService publications;

    @Autowired
    TaskInbox inbox;

    @Autowired
    ObjectMapper json;

    @Test
    void aPublishedPageShowsNoPersonCommentDraftOrUnvalidatedScore() throws Exception {
        TestCity city = fixtures.newCity("TJ");
        String named = "named.member." + city.code().toLowerCase();
        var person = people.create(new NewPerson(named, NAME, EMAIL, "Hukumat", "en"), passwords.hash("demo"), false);
        people.addMembership(person.getId(), Role.MEMBER, city.id(), null);

        // A validated preliminary scorecard with one commented answer (Essential 1: 2 of 3).
        as("coordinator.tajikistan", () -> roadmap.join(city.id(), LocalDate.of(2024, 2, 1)));
        Long validated = only(as(city.chair(), () -> assessmentReads.ofJurisdiction(city.id())));
        startScoring(city, validated);
        as(city.member(), () -> assessmentService.answer(validated, "P1.1", 2, VALIDATED_COMMENT, null, null));
        assessments.passAssessment(city.id(), city.chair(), city.coordinator());

        // A strategy adopted, then a new draft; a public-health scorecard being scored (Essential 1 at 3 of 3).
        strategies.adopt(city.id(), city.chair(), city.member(), city.coordinator());
        as(
                city.chair(),
                () -> strategyService.create(
                        city.id(), DRAFT_TITLE, LocalDate.of(2031, 1, 1), LocalDate.of(2035, 12, 31)));
        Long scoring = as(city.chair(), () -> assessmentService.open(city.id(), "public-health", null, null))
                .getId();
        startScoring(city, scoring);
        String question = firstQuestion(scoring, city);
        as(city.member(), () -> assessmentService.answer(scoring, question, 3, UNVALIDATED_COMMENT, null, null));

        as(city.chair(), () -> publications.propose(city.id()));
        TaskItem approval = task(city.coordinator(), city, CityPublicationProcess.TASK_APPROVE, null);
        as(city.coordinator(), () -> inbox.complete(approval.id(), "approve", APPROVAL_COMMENT, Map.of()));

        String english = anonymous("/public/cities/" + city.code(), "en");
        String russian = anonymous("/public/cities/" + city.code(), "ru");
        String serbian = anonymous("/public/cities/" + city.code(), "sr-Latn");
        String data = anonymous("/public/cities/" + city.code() + ".json", null);

        assertThat(english)
                .contains("Test strategy")
                .contains("City council")
                .contains("Preliminary disaster resilience scorecard")
                .contains("2 / 3");
        for (String page : List.of(english, russian, serbian, data)) {
            assertThat(page)
                    .doesNotContain(city.chair())
                    .doesNotContain(city.member())
                    .doesNotContain(city.coordinator())
                    .doesNotContain(named)
                    .doesNotContain("coordinator.tajikistan")
                    .doesNotContain("Malika")
                    .doesNotContain("Secretova")
                    .doesNotContain(EMAIL)
                    .doesNotContain("@")
                    .doesNotContain(VALIDATED_COMMENT)
                    .doesNotContain(UNVALIDATED_COMMENT)
                    .doesNotContain(APPROVAL_COMMENT)
                    .doesNotContain(DRAFT_TITLE)
                    .doesNotContain("Orion")
                    .doesNotContain("ublic health")
                    .doesNotContain("общественного здравоохранения")
                    .doesNotContain("javnog zdravlja");
        }
        JsonNode essentials = json.readTree(data).get("scorecard").get("essentials");
        JsonNode first = essentials.get(0);
        assertThat(first.get("essential").asInt()).isEqualTo(1);
        assertThat(first.get("score").asInt()).isEqualTo(2);
        assertThat(first.get("max").asInt()).isEqualTo(3);
        assertThat(StreamSupport.stream(essentials.spliterator(), false)
                        .mapToInt(e -> e.get("score").asInt())
                        .sum())
                .as("only the validated answer counts")
                .isEqualTo(2);
        assertThat(json.readTree(data).get("strategy").get("title").asText()).isEqualTo("Test strategy");
    }

    private void startScoring(TestCity city, Long assessmentId) {
        TaskItem assign = task(city.chair(), city, "Task_AssignEssentials", String.valueOf(assessmentId));
        as(city.chair(), () -> inbox.complete(assign.id(), "start", null, Map.of()));
    }

    private String firstQuestion(Long assessmentId, TestCity city) {
        return as(city.chair(), () -> assessmentReads.detail(assessmentId))
                .template()
                .essentials()
                .get(0)
                .questions()
                .get(0)
                .code();
    }

    private TaskItem task(String who, TestCity city, String taskKey, String subjectId) {
        return as(who, inbox::openTasks).stream()
                .filter(t -> city.id().equals(t.jurisdictionId())
                        && t.taskKey().equals(taskKey)
                        && (subjectId == null || subjectId.equals(t.subjectId())))
                .findFirst()
                .orElseThrow(() -> new AssertionError(who + " has no " + taskKey));
    }

    private static Long only(List<Assessment> list) {
        assertThat(list).hasSize(1);
        return list.get(0).getId();
    }

    private String anonymous(String path, String language) {
        HttpHeaders headers = new HttpHeaders();
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getBody();
    }
}
