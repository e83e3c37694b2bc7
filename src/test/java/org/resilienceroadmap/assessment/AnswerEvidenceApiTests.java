package org.resilienceroadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Evidence files on scorecard answers: added by the working group while scoring, read by everyone in scope, frozen after. */
class AnswerEvidenceApiTests extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n%evidence of the flood drill\n".getBytes();

    @Autowired
    org.resilienceroadmap.support.Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentReads assessmentReads;

    @Autowired
    TaskInbox inbox;

    private TestCity city;
    private Long id;

    @BeforeEach
    void scoring() {
        city = fixtures.newCity();
        id = as(
                        city.chair(),
                        () -> assessments.open(
                                city.id(), "preliminary", LocalDate.of(2021, 8, 11), LocalDate.of(2021, 8, 12)))
                .getId();
        complete(city.chair(), AssessmentProcess.TASK_ASSIGN, "start");
    }

    @Test
    void uploadsListsDownloadsAndRemovesAFile() {
        ResponseEntity<JsonNode> added = upload(city.member(), "P1.1", "../Drill report.pdf", PDF);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode file = added.getBody();
        assertThat(file.get("name").asText()).isEqualTo("Drill report.pdf");
        assertThat(file.get("size").asLong()).isEqualTo(PDF.length);
        assertThat(file.get("addedBy").asText()).isEqualTo(city.member());
        String href = file.get("href").asText();
        assertThat(added.getHeaders().getLocation()).hasToString(href);

        JsonNode listed = api.get("coordinator.tajikistan", "/api/v1/assessments/" + id + "/answers/P1.1/evidence")
                .getBody()
                .get("content");
        assertThat(listed.findValuesAsText("name")).containsExactly("Drill report.pdf");
        assertThat(api.get(city.member(), "/api/v1/assessments/" + id + "/answers/P1.2/evidence")
                        .getBody()
                        .get("content"))
                .isEmpty();

        ResponseEntity<byte[]> download =
                rest.withBasicAuth(city.chair(), "demo").getForEntity(href, byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(PDF);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();

        assertThat(delete(city.member(), href)).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.get(city.member(), "/api/v1/assessments/" + id + "/answers/P1.1/evidence")
                        .getBody()
                        .get("content"))
                .isEmpty();
        assertThat(rest.withBasicAuth(city.chair(), "demo")
                        .getForEntity(href, byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesAFileThatIsNotWhatItsNameSaysAndAnUnknownQuestion() {
        ResponseEntity<JsonNode> fake = upload(city.member(), "P1.1", "decree.pdf", "MZ not a pdf".getBytes());
        assertThat(fake.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(upload(city.member(), "P1.1", "script.html", "<html>".getBytes())
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(upload(city.member(), "P99.1", "drill.pdf", PDF).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get(city.member(), "/api/v1/assessments/" + id + "/answers/P1.1/evidence")
                        .getBody()
                        .get("content"))
                .isEmpty();
    }

    @Test
    void letsOnlyTheWorkingGroupAddAndOnlyTheUploaderOrTheChairRemove() {
        assertThat(upload("chair.kraljevo", "P1.1", "drill.pdf", PDF).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(upload("coordinator.tajikistan", "P1.1", "drill.pdf", PDF).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("chair.kraljevo", "/api/v1/assessments/" + id + "/answers/P1.1/evidence")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        String first = upload(city.member(), "P1.1", "drill.pdf", PDF)
                .getBody()
                .get("href")
                .asText();
        String second = upload(city.member(), "P1.1", "plan.pdf", PDF)
                .getBody()
                .get("href")
                .asText();
        assertThat(rest.withBasicAuth("chair.kraljevo", "demo")
                        .getForEntity(first, byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        String otherMember = fixtures.anotherAccount(city, Role.MEMBER);
        assertThat(delete(otherMember, first)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(delete("coordinator.tajikistan", first)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(delete(city.chair(), first)).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.get(city.member(), "/api/v1/assessments/" + id + "/answers/P1.1/evidence")
                        .getBody()
                        .get("content")
                        .findValuesAsText("name"))
                .containsExactly("plan.pdf");

        // Another assessment's file id is no evidence of this one.
        TestCity elsewhere = fixtures.newCity();
        Long other = as(elsewhere.chair(), () -> assessments.open(elsewhere.id(), "preliminary", null, null))
                .getId();
        assertThat(rest.withBasicAuth(city.member(), "demo")
                        .getForEntity(
                                second.replace("/assessments/" + id + "/", "/assessments/" + other + "/"), byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void freezesTheFilesOnceScoringIsOver() {
        String href = upload(city.member(), "P2.1", "maps.pdf", PDF)
                .getBody()
                .get("href")
                .asText();
        for (TaskItem t : tasks(city.chair(), AssessmentProcess.TASK_SCORE)) {
            as(city.chair(), () -> inbox.complete(t.id(), "done", null, Map.of()));
        }
        for (TaskItem t : tasks(city.member(), AssessmentProcess.TASK_SCORE)) {
            as(city.member(), () -> inbox.complete(t.id(), "done", null, Map.of()));
        }
        complete(city.chair(), AssessmentProcess.TASK_CONSOLIDATE, "submit");
        assertThat(as(city.chair(), () -> assessmentReads.detail(id))
                        .assessment()
                        .getState())
                .isEqualTo(AssessmentState.IN_VALIDATION);
        complete("coordinator.tajikistan", AssessmentProcess.TASK_VALIDATE, "validate");
        assertThat(as(city.chair(), () -> assessmentReads.detail(id))
                        .assessment()
                        .getState())
                .isEqualTo(AssessmentState.VALIDATED);

        ResponseEntity<JsonNode> late = upload(city.member(), "P2.1", "late.pdf", PDF);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().toString())
                .as("why, in words, not the state's constant")
                .contains("while the assessment is being scored")
                .doesNotContain("VALIDATED");
        assertThat(delete(city.chair(), href)).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.get(city.member(), "/api/v1/assessments/" + id + "/answers/P2.1/evidence")
                        .getBody()
                        .get("content")
                        .findValuesAsText("name"))
                .containsExactly("maps.pdf");
        assertThat(rest.withBasicAuth("coordinator.tajikistan", "demo")
                        .getForEntity(href, byte[].class)
                        .getBody())
                .isEqualTo(PDF);
    }

    private ResponseEntity<JsonNode> upload(String user, String code, String fileName, byte[] content) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo")
                .postForEntity(
                        "/api/v1/assessments/" + id + "/answers/" + code + "/evidence",
                        new HttpEntity<>(form, headers),
                        JsonNode.class);
    }

    private HttpStatus delete(String user, String href) {
        return HttpStatus.valueOf(rest.withBasicAuth(user, "demo")
                .exchange(href, HttpMethod.DELETE, null, String.class)
                .getStatusCode()
                .value());
    }

    private void complete(String who, String taskKey, String outcome) {
        List<TaskItem> open = tasks(who, taskKey);
        assertThat(open).hasSize(1);
        as(who, () -> inbox.complete(open.get(0).id(), outcome, null, Map.of()));
    }

    private List<TaskItem> tasks(String who, String taskKey) {
        String business = String.valueOf(id);
        return as(who, () -> inbox.openTasks()).stream()
                .filter(t -> t.taskKey().equals(taskKey) && business.equals(t.subjectId()))
                .toList();
    }
}
