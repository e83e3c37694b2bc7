package org.resilienceroadmap.funding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Keeps a report's figures as JSON, so a submission stays exactly what was sent whatever the code becomes. */
@Component
class ReportJson {

    private final ObjectMapper json;

    ReportJson(ObjectMapper json) {
        this.json = json;
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
