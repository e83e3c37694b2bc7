package org.resilienceroadmap.notification;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A notice's arguments as a JSON array of strings in one column: readable in the database, and any text fits. */
@Converter
class NoticeArgs implements AttributeConverter<List<String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<String> args) {
        return json(args);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(column, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Notification arguments are not a JSON array of strings: " + column, e);
        }
    }

    static String json(List<String> args) {
        try {
            return JSON.writeValueAsString(args == null ? List.of() : args);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Notification arguments cannot be written as JSON", e);
        }
    }
}
