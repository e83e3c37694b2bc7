package org.resilienceroadmap.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;

/**
 * The committed docs/openapi.json is what the lint and the client generator read, so it must be the
 * document the application serves, byte for byte (keys sorted, two-space indent). Refresh it with
 * {@code -Drr.openapi.write=true}.
 */
class OpenApiDocumentTests extends IntegrationTest {

    static final Path COMMITTED = Path.of("docs/openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Autowired
    TestRestTemplate rest;

    private JsonNode served;

    @BeforeEach
    void fetch() {
        ResponseEntity<JsonNode> answer =
                rest.withBasicAuth("admin", "demo").getForEntity("/v3/api-docs", JsonNode.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        served = sorted(answer.getBody());
    }

    @Test
    void theCommittedDocumentIsTheOneServed() throws IOException {
        String text = JSON.writeValueAsString(served) + "\n";
        if (Boolean.getBoolean("rr.openapi.write")) {
            Files.writeString(COMMITTED, text, StandardCharsets.UTF_8);
            return;
        }
        assertThat(COMMITTED).as("docs/openapi.json").exists();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/openapi.json differs from /v3/api-docs; refresh it with "
                        + "/work/wt/mvn-slot -B -q test -P '!postgres-tests' -Dtest=OpenApiDocumentTests "
                        + "-Drr.openapi.write=true (then review the diff and commit it)")
                .isEqualTo(text);
    }

    @Test
    void everyOperationHasAUniqueNameOneDefinedTagASummaryAndADescription() {
        Set<String> definedTags = new HashSet<>();
        served.path("tags").forEach(tag -> definedTags.add(tag.path("name").asText()));
        Map<String, String> ids = new HashMap<>();
        operations().forEach((where, operation) -> {
            String id = operation.path("operationId").asText();
            assertThat(id).as(where).matches("[a-z][A-Za-z]+");
            assertThat(ids.put(id, where))
                    .as("operationId " + id + " of " + where)
                    .isNull();
            assertThat(operation.path("tags")).as(where).hasSize(1);
            assertThat(definedTags)
                    .as(where)
                    .contains(operation.path("tags").get(0).asText());
            assertThat(operation.path("summary").asText()).as(where).isNotBlank();
            assertThat(operation.path("description").asText()).as(where).isNotBlank();
        });
        assertThat(ids).hasSizeGreaterThan(100);
    }

    /**
     * The generated "Answers 200 with the result" tells an integrator nothing about what an operation is
     * for or who may call it: every operation has a hand-written text, and every text an operation.
     */
    @Test
    void everyOperationHasAHandWrittenDescriptionAndEveryTextAnOperation() throws IOException {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(
                new ClassPathResource(OperationDescriptions.RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        Set<String> ids = new TreeSet<>();
        operations().forEach((where, operation) -> {
            String id = operation.path("operationId").asText();
            ids.add(id);
            assertThat(texts.getProperty(id))
                    .as("a description of " + id + " (" + where + ") in " + OperationDescriptions.RESOURCE)
                    .isNotBlank();
            assertThat(operation.path("description").asText())
                    .as(where)
                    .startsWith(texts.getProperty(id).strip());
        });
        assertThat(texts.stringPropertyNames())
                .as("texts in " + OperationDescriptions.RESOURCE + " for no operation")
                .isSubsetOf(ids);
    }

    @Test
    void nestedRecordsOfTheSameNameAreDistinctSchemas() {
        JsonNode paths = served.path("paths");
        assertThat(paths.at("/~1api~1v1~1actions~1{id}/get/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ActionDetail");
        assertThat(paths.at("/~1api~1v1~1strategies~1{id}/get/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/StrategyDetail");
        assertThat(served.path("components").path("schemas").fieldNames())
                .toIterable()
                .contains("ActionDetail", "StrategyDetail", "ActionSummary", "StrategySummary", "Problem");
    }

    @Test
    void everyAnswerSaysItsMediaTypeAndErrorsAreProblems() {
        String text = served.toString();
        assertThat(text).doesNotContain("\"*/*\"");
        operations()
                .forEach((where, operation) -> operation
                        .path("responses")
                        .fields()
                        .forEachRemaining(answer -> {
                            if (answer.getKey().startsWith("4")) {
                                assertThat(answer.getValue().path("$ref").asText())
                                        .as(where + " " + answer.getKey())
                                        .startsWith("#/components/responses/");
                            }
                        }));
        served.path("components")
                .path("responses")
                .fields()
                .forEachRemaining(response -> assertThat(
                                response.getValue().path("content").fieldNames())
                        .toIterable()
                        .as(response.getKey())
                        .containsExactly("application/problem+json"));
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        served.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fields()
                        .forEachRemaining(method -> operations.put(
                                method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue())));
        return operations;
    }

    /** Objects with their keys sorted; arrays keep their order (it is the order the code declares). */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            node.fields().forEachRemaining(field -> fields.put(field.getKey(), sorted(field.getValue())));
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
