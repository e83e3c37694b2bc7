package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.ActionScene;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.support.StrategyDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Editing an action (PUT /api/v1/actions/{id}): while proposed or returned for work, by its working
 * group, against the version read; and the register's owner and hazard filters on parts of names.
 */
class ActionEditTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver driver;

    @Autowired
    ActionService actions;

    @Autowired
    ActionProgress actionProgress;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private TestCity city;
    private Long strategyId;
    private Long objectiveId;

    @BeforeEach
    void adoptAStrategy() {
        city = fixtures.newCity();
        jurisdictions.addHazard(city.id(), "MH0604", "2025", 3, 4);
        jurisdictions.addHazard(city.id(), "GH0101", "2025", 2, 5);
        strategyId = driver.adoptedStrategy(city);
        objectiveId = driver.objectiveOf(strategyId, city.member());
    }

    @Test
    void theWorkingGroupEditsAProposedActionAgainstTheVersionItRead() {
        long id = driver.propose(
                        city, strategyId, "Sirens", LocalDate.now(Days.ZONE).plusMonths(6))
                .getId();
        JsonNode read = api.get(city.chair(), "/api/v1/actions/" + id).getBody();
        long version = read.get("action").get("version").asLong();

        Map<String, Object> edit = body("Sirens and loudspeakers", "2031-03-31", version);
        edit.put("description", "  Twelve sirens\nand two loudspeaker vans  ");
        edit.put("hazards", List.of("MH0604"));
        edit.put("sendaiPriorities", List.of(1, 4));
        ResponseEntity<JsonNode> saved = api.put(city.chair(), "/api/v1/actions/" + id, edit);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody().get("action").get("title").asText()).isEqualTo("Sirens and loudspeakers");
        assertThat(saved.getBody().get("action").get("version").asLong()).isGreaterThan(version);
        Action stored = SignedIn.as(city.member(), () -> actions.detail(id).action());
        assertThat(stored.getDescription()).isEqualTo("  Twelve sirens\nand two loudspeaker vans  ");
        assertThat(stored.getDueDate()).isEqualTo(LocalDate.parse("2031-03-31"));
        assertThat(stored.getHazards()).containsExactly("MH0604");
        assertThat(stored.getSendaiPriorities()).containsExactly(1, 4);
        assertThat(stored.getBudget().currency()).isEqualTo("USD");

        ResponseEntity<JsonNode> stale = api.put(
                city.member(), "/api/v1/actions/" + id, body("An edit on what was read before", "2031-03-31", version));
        assertThat(stale.getStatusCode()).as("someone saved since it was read").isEqualTo(HttpStatus.CONFLICT);
        long now = saved.getBody().get("action").get("version").asLong();
        assertThat(api.put(ActionDriver.COORDINATOR, "/api/v1/actions/" + id, body("x", "2031-03-31", now))
                        .getStatusCode())
                .as("the coordinator decides, the working group edits")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.put("chair.kraljevo", "/api/v1/actions/" + id, body("x", "2031-03-31", now))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        Map<String, Object> badCurrency = body("Sirens", "2031-03-31", now);
        badCurrency.put("budget", Map.of("amount", "10", "currency", "EURO"));
        ResponseEntity<JsonNode> refused = api.put(city.chair(), "/api/v1/actions/" + id, badCurrency);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("currency");
        assertThat(SignedIn.as(city.member(), () -> actions.detail(id).action().getTitle()))
                .as("nothing refused is stored")
                .isEqualTo("Sirens and loudspeakers");
    }

    @Test
    void anApprovedActionIsNotEditedButAReturnedOneIsExceptItsOwnerAndDueDate() {
        Action action = driver.approved(
                city, strategyId, "Flood gauges", LocalDate.now(Days.ZONE).plusMonths(6));
        long id = action.getId();
        assertThat(api.put(
                                city.chair(),
                                "/api/v1/actions/" + id,
                                body("Flood gauges", action.getDueDate().toString(), version(id)))
                        .getStatusCode())
                .as("approved and under way")
                .isEqualTo(HttpStatus.CONFLICT);

        SignedIn.as(
                city.member(),
                () -> actionProgress.claimCompletion(
                        id, "All gauges in place", List.of(new Evidence("gauges.pdf", StrategyDriver.PDF))));
        assertThat(api.put(
                                city.chair(),
                                "/api/v1/actions/" + id,
                                body("Flood gauges", action.getDueDate().toString(), version(id)))
                        .getStatusCode())
                .as("claimed, awaiting verification")
                .isEqualTo(HttpStatus.CONFLICT);
        driver.decide(
                ActionDriver.COORDINATOR, id, "Task_VerifyAction", "return", "Photos of each gauge, please", Map.of());
        assertThat(SignedIn.as(city.member(), () -> actions.mayEdit(id))).isTrue();

        Map<String, Object> handedOver =
                body("Flood gauges", action.getDueDate().toString(), version(id));
        handedOver.put("owner", city.chair());
        ResponseEntity<JsonNode> newOwner = api.put(city.chair(), "/api/v1/actions/" + id, handedOver);
        assertThat(newOwner.getStatusCode())
                .as("the owner of an action under way stays")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(newOwner.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("owner");
        ResponseEntity<JsonNode> moved = api.put(
                city.chair(),
                "/api/v1/actions/" + id,
                body("Flood gauges", action.getDueDate().plusYears(1).toString(), version(id)));
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(moved.getBody().get("errors").get(0).get("field").asText()).isEqualTo("due");
        ResponseEntity<JsonNode> saved = api.put(
                city.chair(),
                "/api/v1/actions/" + id,
                body("Flood gauges on the Ibar", action.getDueDate().toString(), version(id)));
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody().get("action").get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(saved.getBody().get("action").get("title").asText()).isEqualTo("Flood gauges on the Ibar");
    }

    @Test
    void aProposalWithMilestonesIsStoredWholeOrNotAtAllAndOnlyByItsWorkingGroup() {
        NewAction spec = driver.spec(
                objectiveId, city.member(), "Dikes", LocalDate.now(Days.ZONE).plusYears(1));
        ActionFilter dikes = new ActionFilter(city.id(), strategyId, null, null, null, null, null, null);
        assertThatThrownBy(() -> SignedIn.as(
                        city.member(),
                        () -> actions.propose(
                                strategyId,
                                spec,
                                List.of(
                                        new PlannedMilestone(
                                                "Design",
                                                LocalDate.now(Days.ZONE).plusMonths(2)),
                                        new PlannedMilestone("Works", null)))))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("milestones"));
        assertThatThrownBy(() -> SignedIn.as(
                        "chair.kraljevo",
                        () -> actions.propose(
                                strategyId,
                                spec,
                                List.of(new PlannedMilestone(
                                        "Design", LocalDate.now(Days.ZONE).plusMonths(2))))))
                .as("outside the city's working group")
                .isInstanceOfAny(NotFoundException.class, ForbiddenException.class);
        assertThat(SignedIn.as(city.member(), () -> actions.count(dikes)))
                .as("nothing stored")
                .isZero();

        Action stored = SignedIn.as(
                city.member(),
                () -> actions.propose(
                        strategyId,
                        spec,
                        List.of(new PlannedMilestone(
                                " Design ", LocalDate.now(Days.ZONE).plusMonths(2)))));
        assertThat(SignedIn.as(
                        city.member(), () -> actions.detail(stored.getId()).milestones()))
                .extracting(Milestone::getTitle)
                .containsExactly("Design");
    }

    @Test
    void ownerAndHazardFiltersMatchPartsOfNamesIgnoringCase() {
        String zarina = person("Zarina Nazarova", "en");
        String reader = person("Rustam Karimov", "ru");
        NewAction flood = new NewAction(
                objectiveId,
                "River walls",
                null,
                "Khukumat",
                zarina,
                LocalDate.now(Days.ZONE),
                LocalDate.now(Days.ZONE).plusYears(1),
                new org.resilienceroadmap.shared.Money(java.math.BigDecimal.TEN, "EUR"),
                null,
                List.of(5),
                List.of("MH0604"),
                List.of());
        NewAction quake = new NewAction(
                objectiveId,
                "School retrofits",
                null,
                "Khukumat",
                city.member(),
                LocalDate.now(Days.ZONE),
                LocalDate.now(Days.ZONE).plusYears(1),
                new org.resilienceroadmap.shared.Money(java.math.BigDecimal.TEN, "EUR"),
                null,
                List.of(9),
                List.of("GH0101"),
                List.of());
        SignedIn.as(city.chair(), () -> actions.proposeAll(strategyId, List.of(flood, quake)));

        String base = "/api/v1/actions?jurisdictionId=" + city.id();
        assertThat(titles(city.chair(), base + "&owner=nAZAR")).containsExactly("River walls");
        assertThat(titles(city.chair(), base + "&owner=zarina n")).containsExactly("River walls");
        assertThat(titles(
                        city.chair(),
                        base + "&owner=" + city.member().toUpperCase().substring(0, 10)))
                .as("a username in part, too")
                .contains("School retrofits");
        assertThat(titles(city.chair(), base + "&owner=%"))
                .as("a % is a character, not a wildcard")
                .isEmpty();
        assertThat(titles(city.chair(), base + "&hazard=RIVERINE")).containsExactly("River walls");
        assertThat(titles(city.chair(), base + "&hazard=quake")).containsExactly("School retrofits");
        assertThat(titles(city.chair(), base + "&hazard=tornado")).isEmpty();
        assertThat(titles(reader, base + "&hazard=землетряс"))
                .as("in the reader's language")
                .containsExactly("School retrofits");
        assertThat(SignedIn.as(zarina, () -> actions.mine()))
                .extracting(Action::getTitle)
                .containsExactly("River walls");
        assertThat(SignedIn.as(
                        city.chair(),
                        () -> actions.count(
                                new ActionFilter(city.id(), null, null, null, null, "flood", "nazarova", null))))
                .as("the service and the API filter alike")
                .isEqualTo(1);
        assertThat(SignedIn.as(
                        city.chair(),
                        () -> actions.find(
                                        new ActionFilter(
                                                city.id(), null, null, null, null, null, "nobody-like-this", null),
                                        Pageable.unpaged())
                                .getTotalElements()))
                .isZero();
    }

    private String person(String name, String language) {
        return ActionScene.person(context, city, name, language);
    }

    /** The path's query is encoded on the way (a space, a % or Cyrillic is sent as typed). */
    private List<String> titles(String user, String path) {
        JsonNode page = api.get(user, path).getBody();
        return page.get("content").findValuesAsText("title");
    }

    private long version(long id) {
        return api.get(city.chair(), "/api/v1/actions/" + id)
                .getBody()
                .get("action")
                .get("version")
                .asLong();
    }

    private Map<String, Object> body(String title, String due, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("objectiveId", objectiveId);
        body.put("title", title);
        body.put("leadAgency", "Khukumat of the city");
        body.put("owner", city.member());
        body.put("start", LocalDate.now(Days.ZONE).minusMonths(1).toString());
        body.put("due", due);
        body.put("budget", Map.of("amount", "5000", "currency", "usd"));
        body.put("essentials", List.of(2, 9));
        body.put("version", version);
        return body;
    }
}
