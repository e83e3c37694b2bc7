package org.resilienceroadmap.funding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Keeps a report's figures as JSON, so a submission stays exactly what was sent whatever the code becomes.
 * The stored form is the records' plain components (amounts as numbers beside their currency), read without
 * the annotations that shape the API's answers: reports stored before money became an object in the API
 * read back the same, and new ones are stored the same way.
 */
@Component
class ReportJson {

    private final ObjectMapper json;

    ReportJson(ObjectMapper json) {
        this.json = plain(json);
    }

    @SuppressWarnings("deprecation") // the copy is this class's own; the shared mapper keeps its annotations
    private static ObjectMapper plain(ObjectMapper shared) {
        return shared.copy().configure(MapperFeature.USE_ANNOTATIONS, false);
    }

    String write(ReportContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report's figures could not be written", e);
        }
    }

    ReportContent read(String text) {
        try {
            return json.readValue(text, ReportContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored report could not be read", e);
        }
    }
}
