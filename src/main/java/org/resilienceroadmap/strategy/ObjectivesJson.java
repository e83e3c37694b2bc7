package org.resilienceroadmap.strategy;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** How a frozen version keeps its objectives: as JSON of {@link ObjectiveDraft}s, read back the same way. */
@Component
class ObjectivesJson {

    private static final TypeReference<List<ObjectiveDraft>> LIST = new TypeReference<>() {};

    private final ObjectMapper mapper;

    ObjectivesJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(List<ObjectiveDraft> objectives) {
        try {
            return mapper.writeValueAsString(objectives);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<ObjectiveDraft> read(String json) {
        try {
            return mapper.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A frozen version's objectives cannot be read", e);
        }
    }
}
