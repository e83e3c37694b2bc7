package org.resilienceroadmap.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's own text limits, read from its schema, turned into requests that send one character
 * more than a column holds. A limit the application checks that is larger than its column shows as a
 * failed insert (500) instead of a refusal naming the field.
 */
final class ColumnLimits {

    /** Longer than any limited column: such a column is text, not a limit. */
    private static final int UNLIMITED = 100_000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    ColumnLimits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A body with {@code field} one character past the {@code length} of its column. */
    record Probe(String field, int length, Object body) {}

    /**
     * The probes of a request body that was refused only for one oversized text ({@code huge}): that
     * text becomes a short one, then each text field stored in one of {@code tables} is sent one
     * character past its column, one field at a time. JSON bodies and multipart parts alike.
     */
    List<Probe> probes(Object body, String huge, List<String> tables) {
        List<Probe> probes = new ArrayList<>();
        if (body instanceof String text) {
            JsonNode parsed = parse(text.replace(huge, "x"));
            if (!(parsed instanceof ObjectNode object)) {
                return probes;
            }
            object.fieldNames().forEachRemaining(field -> {
                if (object.get(field).isTextual()) {
                    length(tables, field).ifPresent(length -> {
                        ObjectNode past = object.deepCopy();
                        past.put(field, "x".repeat(length + 1));
                        probes.add(new Probe(field, length, past.toString()));
                    });
                }
            });
        } else if (body instanceof Map<?, ?> parts) {
            parts.forEach((name, value) -> {
                if (value instanceof String) {
                    length(tables, (String) name).ifPresent(length -> {
                        Map<Object, Object> past = new LinkedHashMap<>(parts);
                        parts.forEach((other, text) -> {
                            if (huge.equals(text)) {
                                past.put(other, "x");
                            }
                        });
                        past.put(name, "x".repeat(length + 1));
                        probes.add(new Probe((String) name, length, past));
                    });
                }
            });
        }
        return probes;
    }

    /** The length of the first of the tables' columns named like the field ({@code displayName}: display_name). */
    Optional<Integer> length(List<String> tables, String field) {
        String column = field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
        for (String table : tables) {
            List<Integer> found = jdbc.queryForList(
                    "select character_maximum_length from information_schema.columns"
                            + " where lower(table_name) = ? and lower(column_name) = ?"
                            + " and character_maximum_length is not null",
                    Integer.class,
                    table.toLowerCase(),
                    column);
            if (!found.isEmpty() && found.get(0) < UNLIMITED) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
