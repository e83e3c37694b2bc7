package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The approval table API: the current table and its versions for anyone signed in, uploads for admins, refusals as problems. */
class ApprovalTableApiTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repository;

    @AfterEach
    void removeUploads() {
        ApprovalTableFiles.removeUploads(repository);
    }

    @Test
    void readsTheCurrentTableWithItsRulesInOrder() {
        ResponseEntity<JsonNode> current = api.get("donor.eu", "/api/v1/approval-table");
        assertThat(current.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode table = current.getBody();
        assertThat(table.get("hitPolicy").asText()).isEqualTo("FIRST");
        assertThat(table.get("deployedBy").isNull()).isTrue();
        assertThat(table.get("outputs").findValuesAsText("name")).containsExactly("approvers", "tellDonor");
        assertThat(table.get("rules")).hasSize(6);
        assertThat(table.get("rules").get(0).get("outputs").get(0).asText()).isEqualTo("\"national,regional\"");
        assertThat(table.get("rules").get(4).get("inputs").get(0).asText()).isEqualTo("null");
        assertThat(api.get("member.dushanbe", "/api/v1/approval-table/versions/999")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode paths = api.get("admin", "/v3/api-docs").getBody().get("paths");
        assertThat(paths.has("/api/v1/approval-table")).isTrue();
        assertThat(paths.has("/api/v1/approval-table/versions/{version}")).isTrue();
    }

    @Test
    void anAdminUploadsTheNextVersionAndTheVersionsListBothNewestFirst() {
        int before = api.get("admin", "/api/v1/approval-table")
                .getBody()
                .get("version")
                .asInt();

        ResponseEntity<JsonNode> created = upload("admin", "rules.dmn", ApprovalTableFiles.valid());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("version").asInt()).isEqualTo(before + 1);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/v1/approval-table/versions/" + (before + 1));
        JsonNode versions = api.get("chair.dushanbe", "/api/v1/approval-table/versions")
                .getBody()
                .get("content");
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(before + 1);
        assertThat(versions.get(0).get("deployedBy").asText()).isEqualTo("admin");
        assertThat(versions.get(0).get("deployedByName").asText()).isEqualTo("Administrator");
        assertThat(versions.get(1).get("version").asInt()).isEqualTo(before);
        JsonNode previous = api.get("chair.dushanbe", "/api/v1/approval-table/versions/" + before)
                .getBody();
        assertThat(previous.get("rules").get(5).get("annotation").asText()).startsWith("Local money under 50,000 EUR:");
        assertThat(api.get("chair.dushanbe", "/api/v1/approval-table")
                        .getBody()
                        .get("rules")
                        .get(5)
                        .get("annotation")
                        .asText())
                .startsWith(ApprovalTableFiles.MARK);
    }

    @Test
    void refusesAnInvalidTableWithAProblemNamingTheFileAndWhy() {
        ResponseEntity<JsonNode> refused = upload(
                "admin", "rules.dmn", ApprovalTableFiles.replacing("<text>country</text>", "<text>region</text>"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("detail").asText())
                .contains("reads region")
                .contains("budgetEur, currency, funded, essentials and country");
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(repository
                        .createDeploymentQuery()
                        .deploymentName(ApprovalTables.DEPLOYMENT_NAME)
                        .count())
                .isZero();
    }

    @Test
    void aCoordinatorMayNotUpload() {
        ResponseEntity<JsonNode> forbidden = upload("coordinator.tajikistan", "rules.dmn", ApprovalTableFiles.valid());

        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forbidden.getBody().get("detail").asText()).isEqualTo("Only an admin can upload an approval table");
        assertThat(repository
                        .createDeploymentQuery()
                        .deploymentName(ApprovalTables.DEPLOYMENT_NAME)
                        .count())
                .isZero();
    }

    private ResponseEntity<JsonNode> upload(String user, String fileName, byte[] content) {
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
                .postForEntity("/api/v1/approval-table", new HttpEntity<>(form, headers), JsonNode.class);
    }
}
