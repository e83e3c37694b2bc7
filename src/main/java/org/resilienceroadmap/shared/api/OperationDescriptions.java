package org.resilienceroadmap.shared.api;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;

/**
 * Leads each operation's description with what it is for and who may call it, written for an
 * integrator in openapi/operation-descriptions.properties (keyed by operationId, so the texts stay in
 * one place and out of the controllers); what the operation answers, as the code or
 * {@link OperationResponses} said it, follows. Runs on the finished document, after the operationIds
 * are settled. OpenApiDocumentTests holds the file and the operations to each other.
 */
class OperationDescriptions implements OpenApiCustomizer {

    static final String RESOURCE = "openapi/operation-descriptions.properties";

    private final Properties texts;

    OperationDescriptions() {
        this.texts = load();
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(this::describe));
    }

    private void describe(Operation operation) {
        String text = texts.getProperty(String.valueOf(operation.getOperationId()));
        if (text == null || text.isBlank()) {
            return;
        }
        String rest = operation.getDescription();
        operation.setDescription(rest == null || rest.isBlank() ? text.strip() : text.strip() + "\n\n" + rest);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
        return properties;
    }
}
