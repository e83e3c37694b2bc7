package org.resilienceroadmap.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;

/**
 * Reads a template file strictly: unknown fields, missing meanings, duplicate codes or a broken
 * scale refuse the whole file, naming the line where reading stopped and the reason.
 */
@Component
class ScorecardTemplateReader {

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    ScorecardTemplate read(String file, byte[] content) {
        try {
            return json.readValue(new String(content, StandardCharsets.UTF_8), ScorecardTemplate.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            String reason = cause == e ? e.getOriginalMessage() : cause.getMessage();
            throw new TemplateFormatException(file, line, reason);
        } catch (IOException e) {
            throw new TemplateFormatException(file, 0, e.getMessage());
        }
    }

    String write(ScorecardTemplate template) {
        try {
            return json.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
