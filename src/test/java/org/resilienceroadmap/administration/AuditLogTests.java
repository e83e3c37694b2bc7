package org.resilienceroadmap.administration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.audit.AuditQuery;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Admins read the whole audit log, newest first and filtered, on the page {@code admin/audit} and
 * through {@code GET /api/v1/admin/audit}; nobody else does. A city's joining and its chair's first
 * decision, both made through the API, are the entries looked for.
 */
class AuditLogTests extends KaribuTest {

    private static final String COORDINATOR = "coordinator.tajikistan";

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog log;

    private TestCity city;
    private String taskId;

    @BeforeEach
    void aCityJoinsAndItsChairDecides() {
        city = fixtures.newCity();
        assertThat(api.post(
                                COORDINATOR,
                                "/api/v1/jurisdictions/" + city.id() + "/join",
                                Map.of("joinedOn", "2024-05-01"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        taskId = api.get(city.chair(), "/api/v1/tasks")
                .getBody()
                .get("content")
                .get(0)
                .get("id")
                .asText();
        assertThat(api.post(
                                city.chair(),
                                "/api/v1/tasks/" + taskId + "/complete",
                                Map.of("outcome", "start", "comment", "Scoring starts on Monday"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void onlyAdminsReadTheLog() {
        for (String user : List.of(city.chair(), COORDINATOR, "donor.eu", "chair.dushanbe")) {
            ResponseEntity<JsonNode> refused = api.get(user, "/api/v1/admin/audit");
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().toString()).doesNotContain("Scoring starts on Monday");
        }
        assertThat(rest.getForEntity("/api/v1/admin/audit", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get("admin", "/api/v1/admin/audit").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDecisionMadeThroughTheTaskApiAppears() {
        JsonNode page = audit("?actor=" + city.chair());
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        JsonNode entry = page.get("content").get(0);
        assertThat(entry.get("action").asText()).isEqualTo("assessment:Task_AssignEssentials");
        assertThat(entry.get("toState").asText()).isEqualTo("start");
        assertThat(entry.get("comment").asText()).isEqualTo("Scoring starts on Monday");
        assertThat(entry.get("jurisdictionId").asLong()).isEqualTo(city.id());
        assertThat(Instant.parse(entry.get("at").asText()))
                .isAfter(Instant.now().minusSeconds(600));
    }

    @Test
    void filtersByActorSubjectTypeActionAndDays() {
        JsonNode joins = audit("?actor=" + COORDINATOR + "&subjectType=JURISDICTION&action=ROADMAP:JOIN&size=500");
        assertThat(joins.get("content")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo(COORDINATOR);
            assertThat(e.get("subjectType").asText()).isEqualTo("JURISDICTION");
            assertThat(e.get("action").asText()).isEqualTo("roadmap:join");
        });
        assertThat(joins.get("content").findValuesAsText("subjectId")).contains(String.valueOf(city.id()));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String chair = "?actor=" + city.chair();
        assertThat(audit(chair + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
        assertThat(audit(chair + "&from=" + today.plusDays(1))
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(audit(chair + "&to=" + today.minusDays(1))
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(audit(chair + "&action=approve").get("totalElements").asLong())
                .isZero();
        assertThat(audit(chair + "&subjectType=JURISDICTION")
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(log.count(new AuditQuery(null, null, "%", null, null)))
                .as("%% is a character, not a wildcard")
                .isZero();
        assertThat(log.count(new AuditQuery(null, null, "Task_Assign", null, null)))
                .isPositive();

        assertThat(api.get("admin", "/api/v1/admin/audit?from=" + today + "&to=" + today.minusDays(1))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get("admin", "/api/v1/admin/audit?from=yesterday").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get("admin", "/api/v1/admin/audit?size=501").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void pagesNewestFirst() {
        JsonNode first = audit("?size=3");
        assertThat(first.get("content")).hasSize(3);
        assertThat(first.get("size").asInt()).isEqualTo(3);
        assertThat(first.get("totalElements").asLong()).isGreaterThan(3);
        JsonNode second = audit("?size=3&page=1");
        List<JsonNode> entries = new ArrayList<>();
        first.get("content").forEach(entries::add);
        second.get("content").forEach(entries::add);
        assertThat(entries).extracting(e -> e.get("id").asLong()).doesNotHaveDuplicates();
        for (int i = 1; i < entries.size(); i++) {
            assertThat(Instant.parse(entries.get(i).get("at").asText()))
                    .isBeforeOrEqualTo(
                            Instant.parse(entries.get(i - 1).get("at").asText()));
        }
        assertThat(entries.get(0).get("action").asText())
                .as("the newest entry is this test's decision")
                .isEqualTo("assessment:Task_AssignEssentials");
    }

    @Test
    void theAuditPageListsNewestFirstFiltersAndIsClosedToOthers() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        login("admin");
        UI.getCurrent().navigate("admin/audit");
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(GridKt._size(grid)).isGreaterThan(1);
        assertThat(GridKt._get(grid, 0).getAt())
                .isAfterOrEqualTo(GridKt._get(grid, 1).getAt());

        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), city.chair());
        assertThat(GridKt._size(grid)).isEqualTo(1);
        AuditRecord decision = GridKt._get(grid, 0);
        assertThat(decision.getAction()).isEqualTo("assessment:Task_AssignEssentials");
        assertThat(GridKt._getFormatted(grid, 0, "change")).isEqualTo("start");
        _setValue(_get(TextField.class, spec -> spec.withId("audit-action")), "join");
        assertThat(GridKt._size(grid)).isZero();

        login(COORDINATOR);
        UI.getCurrent().navigate("jurisdictions");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/audit")).isInstanceOf(MockAccessDeniedException.class);
    }

    private JsonNode audit(String query) {
        ResponseEntity<JsonNode> page = api.get("admin", "/api/v1/admin/audit" + query);
        assertThat(page.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }
}
