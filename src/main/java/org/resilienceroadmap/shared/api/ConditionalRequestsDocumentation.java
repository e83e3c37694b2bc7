package org.resilienceroadmap.shared.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Names the conditional-request headers in the OpenAPI document, only where they are honoured: the
 * {@code ETag} on answers that are {@link Versioned} (and {@code If-None-Match} with 304 on such reads),
 * {@code If-Match} with 412 on writes marked {@link HonoursIfMatch}. Its own class, so that the rest
 * of the document's configuration can change without touching it.
 */
@Configuration
class ConditionalRequestsDocumentation {

    @Bean
    OperationCustomizer conditionalRequestHeaders() {
        return (operation, handler) -> {
            boolean versioned = answersVersioned(handler);
            if (versioned) {
                documentEntityTag(operation);
            }
            if (versioned && handler.hasMethodAnnotation(GetMapping.class)) {
                documentIfNoneMatch(operation);
            }
            if (handler.hasMethodAnnotation(HonoursIfMatch.class)) {
                documentIfMatch(operation, handler.getMethodAnnotation(HonoursIfMatch.class));
            }
            return operation;
        };
    }

    private static boolean answersVersioned(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        if (ResponseEntity.class.isAssignableFrom(type.toClass())) {
            type = type.getGeneric(0);
        }
        return Versioned.class.isAssignableFrom(type.toClass());
    }

    private static void documentEntityTag(Operation operation) {
        responses(operation).forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeaderObject(
                        "ETag",
                        new Header()
                                .description("The resource's version as a strong entity tag, e.g. \"3\": the body's"
                                        + " version, quoted. Send it back as If-Match on a write.")
                                .schema(new StringSchema()));
            }
        });
    }

    private static void documentIfNoneMatch(Operation operation) {
        operation.addParametersItem(new HeaderParameter()
                .name("If-None-Match")
                .required(false)
                .description("The ETag read before: 304 Not Modified, without a body, while it is still current")
                .schema(new StringSchema()));
        responses(operation).addApiResponse("304", new ApiResponse().description("Not modified since that ETag"));
    }

    private static void documentIfMatch(Operation operation, HonoursIfMatch honours) {
        operation.addParametersItem(new HeaderParameter()
                .name("If-Match")
                .required(false)
                .description("The ETag read, e.g. \"3\" (or * for whatever version is current"
                        + (honours.current().isEmpty() ? ", when the body carries the version" : "")
                        + "). Stands in for the body's version when the body has none; a body version it"
                        + " does not match is 412. Without it the write is as before: a stale body version is 409.")
                .schema(new StringSchema()));
        // A problem like every other 4xx, described once among the document's components (OpenApiDocument).
        responses(operation).addApiResponse("412", new ApiResponse().$ref("#/components/responses/PreconditionFailed"));
    }

    private static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }
}
