package org.resilienceroadmap.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The REST API as a demo account calls it: HTTP Basic with the password {@code demo}, JSON in and out. */
@TestComponent
public class Api {

    private final TestRestTemplate rest;

    public Api(TestRestTemplate rest) {
        this.rest = rest;
    }

    public ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }

    public ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, "demo").postForEntity(path, body, JsonNode.class);
    }

    public ResponseEntity<JsonNode> put(String user, String path, Object body) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
    }

    public ResponseEntity<JsonNode> delete(String user, String path) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.DELETE, null, JsonNode.class);
    }
}
