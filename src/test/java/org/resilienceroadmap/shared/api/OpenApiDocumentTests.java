package org.resilienceroadmap.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

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
