package org.resilienceroadmap.assessment;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The coordinator's comment per returned Essential, as the validation task passes it to the process
 * ({@code returnNotes}, a JSON object from Essential number to text) and the scorers read it again.
 */
public final class ReturnNotes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReturnNotes() {}

    public static String write(Map<Integer, String> notes) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(notes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a variable is absent, blank or what {@link #write} makes (an object from Essential number to text). */
    public static boolean wellFormed(Object variable) {
        if (variable == null || variable instanceof String text && text.isBlank()) {
            return true;
        }
        if (!(variable instanceof String text)) {
            return false;
        }
        try {
            JSON.readValue(text, new TypeReference<Map<Integer, String>>() {});
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** The notes in a process variable; none when it is missing or not what {@link #write} makes. */
    public static Map<Integer, String> read(Object variable) {
        if (!(variable instanceof String text) || text.isBlank()) {
            return Map.of();
        }
        try {
            return Map.copyOf(JSON.readValue(text, new TypeReference<Map<Integer, String>>() {}));
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
