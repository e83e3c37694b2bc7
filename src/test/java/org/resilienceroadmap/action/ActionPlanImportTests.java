package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.resilienceroadmap.action.ActionPlanFiles.csv;
import static org.resilienceroadmap.action.ActionPlanFiles.row;
import static org.resilienceroadmap.action.ActionPlanFiles.upload;
import static org.resilienceroadmap.action.ActionPlanFiles.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

class ActionPlanImportTests extends IntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver driver;

    @Autowired
    ActionService actions;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TestRestTemplate rest;

    @Test
    void importsFiveHundredRowsAllOrNothing() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        Long objective = driver.objectiveOf(strategy, city.member());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 2; i <= 501; i++) {
            rows.add(row(objective, "Action " + i, city.member(), i == 317 ? "-250.00" : "1000.50"));
        }
        byte[] broken = xlsx(rows);

        ResponseEntity<JsonNode> dryRun = upload(rest, city.member(), strategy, "plan.xlsx", broken, true);
        assertThat(dryRun.getStatusCode().value()).isEqualTo(200);
        assertThat(dryRun.getBody().get("rows").asInt()).isEqualTo(500);
        assertThat(dryRun.getBody().get("valid").asBoolean()).isFalse();
        assertThat(problems(dryRun)).containsExactly(tuple(317, "budget"));

        ResponseEntity<JsonNode> refused = upload(rest, city.member(), strategy, "plan.xlsx", broken, false);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(problems(refused)).containsExactly(tuple(317, "budget"));
        assertThat(refused.getBody().get("imported").asInt()).isZero();
        assertThat(actionsOf(city, strategy)).isZero();

        rows.set(317 - 2, row(objective, "Action 317", city.member(), "250.00"));
        long processesBefore = runtime.createProcessInstanceQuery()
                .processDefinitionKey("action")
                .count();
        long started = System.nanoTime();
        ResponseEntity<JsonNode> imported = upload(rest, city.member(), strategy, "plan.xlsx", xlsx(rows), false);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Importing a 500-row action plan (.xlsx, REST, one transaction) took " + millis + " ms");

        assertThat(imported.getStatusCode().value()).isEqualTo(200);
        assertThat(imported.getBody().get("imported").asInt()).isEqualTo(500);
        assertThat(actionsOf(city, strategy)).isEqualTo(500);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("action")
                        .count())
                .as("no process per row: the plan is reviewed as one")
                .isEqualTo(processesBefore);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("action-plan-review")
                        .processInstanceBusinessKey(
                                imported.getBody().get("reviewId").asText())
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aCsvDryRunListsEveryBadRowByRowAndColumn() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        Long objective = driver.objectiveOf(strategy, city.member());
        List<String> badDate = new ArrayList<>(row(objective, "Drills", city.member(), "10"));
        badDate.set(6, "31.12.2026");
        List<String> badNumber = new ArrayList<>(row(objective, "Shelters", city.member(), "12,5k"));
        badNumber.set(10, "1;x");
        byte[] plan = csv(List.of(
                row("Early warning for every district", "By title", city.member(), "100"),
                row("No such objective", "Lost", city.member(), "100"),
                badDate,
                row(objective, "Orphan", "nobody.here", "100"),
                badNumber));

        ResponseEntity<JsonNode> preview = upload(rest, city.member(), strategy, "plan.csv", plan, true);

        assertThat(preview.getStatusCode().value()).isEqualTo(200);
        assertThat(preview.getBody().get("rows").asInt()).isEqualTo(5);
        assertThat(problems(preview))
                .containsExactlyInAnyOrder(
                        tuple(3, "objective"),
                        tuple(4, "due"),
                        tuple(5, "owner"),
                        tuple(6, "budget"),
                        tuple(6, "essentials"));
        assertThat(message(preview, 5)).contains("nobody.here");
        assertThat(actionsOf(city, strategy)).isZero();
    }

    @Test
    void theTemplatesAreValidPlansOfTheStrategy() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        for (String type : List.of("xlsx", "csv")) {
            ResponseEntity<byte[]> template = rest.withBasicAuth(city.member(), "demo")
                    .getForEntity("/api/v1/strategies/" + strategy + "/actions/template." + type, byte[].class);
            assertThat(template.getStatusCode().value()).isEqualTo(200);
            if (type.equals("csv")) {
                assertThat(new String(template.getBody(), StandardCharsets.UTF_8))
                        .contains(String.join(",", ActionPlanImport.COLUMNS), "Early warning for every district");
            } else {
                List<List<String>> rows = ActionPlanFiles.readXlsx(template.getBody());
                assertThat(rows.get(0)).isEqualTo(ActionPlanImport.COLUMNS);
                assertThat(rows.get(1).get(0)).isEqualTo("Early warning for every district");
            }
            ResponseEntity<JsonNode> preview =
                    upload(rest, city.member(), strategy, "template." + type, template.getBody(), true);
            assertThat(preview.getBody().get("valid").asBoolean())
                    .as(type + ": " + preview.getBody())
                    .isTrue();
            assertThat(preview.getBody().get("rows").asInt()).isEqualTo(1);
        }
    }

    @Test
    void anOutsiderIsToldTheStrategyDoesNotExist() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        byte[] plan = csv(List.of(row(driver.objectiveOf(strategy, city.member()), "Sirens", city.member(), "1")));

        assertThat(upload(rest, "chair.kraljevo", strategy, "plan.csv", plan, true)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(upload(rest, "chair.kraljevo", strategy, "plan.csv", plan, false)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(actionsOf(city, strategy)).isZero();
    }

    @Test
    void aFileThatIsNoPlanIsABadRequest() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, (byte) 0xff};
        byte[] fakeWorkbook = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3};
        byte[] notAPlan = "name,age\nAlice,30\n".getBytes(StandardCharsets.UTF_8);

        for (var file : List.of(
                new Object[] {"image.csv", png},
                new Object[] {"plan.xlsx", fakeWorkbook},
                new Object[] {"plan.xlsx", png},
                new Object[] {"people.csv", notAPlan},
                new Object[] {"empty.csv", new byte[0]})) {
            for (boolean dryRun : new boolean[] {true, false}) {
                ResponseEntity<JsonNode> answer =
                        upload(rest, city.member(), strategy, (String) file[0], (byte[]) file[1], dryRun);
                assertThat(answer.getStatusCode().value())
                        .as(file[0] + " " + answer.getBody())
                        .isEqualTo(400);
                assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
                assertThat(answer.getBody().get("detail").asText()).isNotBlank();
            }
        }
        assertThat(actionsOf(city, strategy)).isZero();
    }

    private long actionsOf(TestCity city, Long strategy) {
        return as(
                city.member(),
                () -> actions.count(new ActionFilter(null, strategy, null, null, null, null, null, null)));
    }

    private static List<org.assertj.core.groups.Tuple> problems(ResponseEntity<JsonNode> answer) {
        return StreamSupport.stream(answer.getBody().get("problems").spliterator(), false)
                .map(p -> tuple(p.get("row").asInt(), p.get("field").asText()))
                .toList();
    }

    private static String message(ResponseEntity<JsonNode> answer, int row) {
        return StreamSupport.stream(answer.getBody().get("problems").spliterator(), false)
                .filter(p -> p.get("row").asInt() == row)
                .map(p -> p.get("message").asText())
                .findFirst()
                .orElse("");
    }
}
