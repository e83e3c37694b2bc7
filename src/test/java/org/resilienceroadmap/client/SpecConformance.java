package org.resilienceroadmap.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the server answered the generated client, held against what docs/openapi.json promises for that
 * operation: the status among the documented responses, and a body's media type among that response's.
 * The client itself accepts any 2xx and throws on the rest, so without this a 201 documented as 200, or
 * a problem documented as JSON, would pass unnoticed.
 */
final class SpecConformance {

    record Exchange(String method, String path, int status, String contentType) {}

    private record Route(String method, String template, Pattern pattern, JsonNode operation) {}

    private final List<Route> routes = new ArrayList<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final JsonNode sharedResponses;

    SpecConformance(Path document) {
        JsonNode spec;
        try {
            spec = new ObjectMapper().readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sharedResponses = spec.path("components").path("responses");
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
            path.getValue()
                    .fields()
                    .forEachRemaining(op -> routes.add(
                            new Route(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), pattern, op.getValue())));
        }
        // A literal segment wins over a variable one (/jurisdictions/stage-times before /jurisdictions/{id}).
        routes.sort(Comparator.comparingLong(
                r -> r.template().chars().filter(c -> c == '{').count()));
    }

    /** For ApiClient.setResponseInterceptor: records each answer. */
    synchronized void record(HttpResponse<InputStream> response) {
        exchanges.add(new Exchange(
                response.request().method(),
                response.request().uri().getPath(),
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null)));
    }

    synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Fails on the first answer the document does not describe. */
    synchronized void assertDocumented() {
        assertThat(exchanges).as("calls made through the generated client").isNotEmpty();
        for (Exchange e : exchanges) {
            Route route = routes.stream()
                    .filter(r -> r.method().equals(e.method())
                            && r.pattern().matcher(e.path()).matches())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("docs/openapi.json has no " + e.method() + " " + e.path()));
            String where = e.method() + " " + route.template() + " answered " + e.status();
            JsonNode response = resolved(route.operation().path("responses").path(String.valueOf(e.status())));
            assertThat(response.isMissingNode())
                    .as(where + ", which docs/openapi.json does not list among "
                            + route.operation().path("responses").properties().stream()
                                    .map(Map.Entry::getKey)
                                    .toList())
                    .isFalse();
            if (e.status() == 204 || e.contentType() == null) {
                continue;
            }
            String type = e.contentType().split(";")[0].trim();
            List<String> documented = new ArrayList<>();
            response.path("content").fieldNames().forEachRemaining(documented::add);
            assertThat(documented)
                    .as(where + " with " + type + ", which docs/openapi.json does not list for it")
                    .anyMatch(t -> t.equals(type) || t.equals("*/*"));
        }
    }

    /** A response given as {@code $ref} to one of the document's shared responses (the problem answers). */
    private JsonNode resolved(JsonNode response) {
        String ref = response.path("$ref").asText("");
        String prefix = "#/components/responses/";
        return ref.startsWith(prefix) ? sharedResponses.path(ref.substring(prefix.length())) : response;
    }
}
