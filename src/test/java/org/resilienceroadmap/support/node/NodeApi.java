package org.resilienceroadmap.support.node;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The REST API of one node as a demo account calls it: HTTP Basic with the password {@code demo},
 * JSON in and out. A node that does not answer (killed, not started) is an {@link UncheckedIOException}.
 */
public final class NodeApi {

    /** What the node answered: the status, the body as JSON when it is JSON, the raw bytes. */
    public record Answer(int status, JsonNode json, byte[] bytes) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final AppNode node;

    NodeApi(AppNode node) {
        this.node = node;
    }

    public Answer get(String user, String path) {
        return send(user, request(path).GET());
    }

    public Answer post(String user, String path, Object body) {
        return send(
                user,
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Answer put(String user, String path, Object body) {
        return send(
                user,
                request(path)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /** A multipart form as a browser sends it: plain fields and one file. */
    public Answer multipart(
            String user,
            String path,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] content) {
        String boundary = "----rr" + UUID.randomUUID();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(
                form,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                form,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        form.writeBytes(content);
        write(form, "\r\n--" + boundary + "--\r\n");
        return send(
                user,
                request(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(120));
    }

    private static Answer send(String user, HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<byte[]> answer = HTTP.send(
                    request.header("Authorization", "Basic " + credentials).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String type = answer.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && answer.body().length > 0
                    ? JSON.readTree(answer.body())
                    : MissingNode.getInstance();
            return new Answer(answer.statusCode(), json, answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
