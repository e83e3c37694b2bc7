package org.resilienceroadmap.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A field a task's completion may carry besides its outcome and comment, as the BPMN declares it:
 * its name in the user task's {@code fields} property, and optionally {@code field.<name>.type} (string
 * unless declared), {@code field.<name>.requiredFor} (the outcomes that need it) and
 * {@code field.<name>.values} (the only values it takes).
 */
public record TaskField(String name, Type type, List<String> requiredFor, List<String> values) {

    public TaskField {
        requiredFor = List.copyOf(requiredFor);
        values = List.copyOf(values);
    }

    /** Whether every outcome of a task with these outcomes needs it. */
    public boolean requiredForAll(List<String> outcomes) {
        return !outcomes.isEmpty() && requiredFor.containsAll(outcomes);
    }

    /** How a field's value is written in a completion's JSON. */
    public enum Type {
        STRING,
        INTEGER,
        DECIMAL,
        /** An ISO date, e.g. {@code 2027-03-31}. */
        DATE,
        BOOLEAN,
        /** Numbers as a JSON array or comma-separated text: {@code [2,5]} or {@code "2,5"}. */
        INTEGER_LIST,
        /** A JSON object written as text, e.g. {@code "{\"2\":\"Add the flood maps\"}"}. */
        JSON,
        /** A JSON array of objects. */
        OBJECT_LIST;

        /** As the BPMN and the API write it: {@code date}, {@code integer-list}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The type a BPMN word names; empty for a word that names none. */
        public static Optional<Type> of(String word) {
            return Arrays.stream(values()).filter(t -> t.word().equals(word)).findFirst();
        }
    }
}
