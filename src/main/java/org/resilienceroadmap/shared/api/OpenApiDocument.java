package org.resilienceroadmap.shared.api;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at /v3/api-docs, committed as docs/openapi.json: what the lint reads and what
 * integrators generate clients from (tags become API classes, operationIds methods, schema names
 * model classes), so its names are settled here and in {@link OperationNames} and {@link SchemaNames}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String SESSION = "session";

    @Bean
    OpenAPI resilienceRoadmapApi() {
        return new OpenAPI()
                .info(new Info().title("Resilience Roadmap API").version("1").description("""
                                The REST API of Resilience Roadmap: cities' progress along the resilience roadmap \
                                (jurisdictions, scorecard assessments, strategies, actions), the programmes that fund \
                                them, and the workflow tasks that move them on.

                                Every call acts as a signed-in account and sees only what that account's memberships \
                                let it see: HTTP Basic, a personal API token as a Bearer token, or the browser's \
                                session. Errors are application/problem+json (RFC 9457); a problem about a field of \
                                the request names it in `errors`.
                                """))
                .servers(List.of(new Server()
                        .url("/")
                        .description("The server this document is served from: paths are relative to it")))
                .components(problems(new Components())
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Username and password of an account."))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token (POST /api/v1/me/tokens); it acts as its "
                                                + "owner, read-only if it was made so."))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("JSESSIONID")
                                        .description("The session of a browser signed in through the sign-in page.")))
                .security(List.of(
                        new SecurityRequirement().addList(BASIC),
                        new SecurityRequirement().addList(BEARER),
                        new SecurityRequirement().addList(SESSION)))
                .tags(tags());
    }

    @Bean
    SchemaNames schemaNames() {
        return new SchemaNames();
    }

    @Bean
    OperationNames operationNames() {
        return new OperationNames();
    }

    @Bean
    OperationResponses operationResponses() {
        return new OperationResponses();
    }

    @Bean
    OperationDescriptions operationDescriptions() {
        return new OperationDescriptions();
    }

    /**
     * The problems every error answers with, as shared/error/ProblemResponses writes them: RFC 9457
     * fields, and for a request at fault in named fields, {@code errors} with one entry per field.
     */
    static Components problems(Components components) {
        Schema<?> problem = new ObjectSchema()
                .description("An error, as RFC 9457 application/problem+json")
                .addProperty(
                        "type",
                        new StringSchema().description("Always about:blank").example("about:blank"))
                .addProperty("title", new StringSchema().description("The HTTP status's reason phrase"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code"))
                .addProperty("detail", new StringSchema().description("What went wrong, for a person to read"))
                .addProperty("instance", new StringSchema().description("The path of the request"))
                .required(List.of("type", "title", "status"));
        Schema<?> fieldError = new ObjectSchema()
                .description("A field of the request and what is wrong with it")
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("Its name or JSON path as sent: budget.amount, objectives[0].title"))
                .addProperty("message", new StringSchema().description("What is wrong with it"))
                .required(List.of("field", "message"));
        Schema<?> validationProblem = new ObjectSchema()
                .description("A refused request; where fields are at fault, errors names each")
                .allOf(List.of(
                        new Schema<>().$ref("#/components/schemas/Problem"),
                        new ObjectSchema()
                                .addProperty(
                                        "errors",
                                        new ArraySchema()
                                                .items(new Schema<>().$ref("#/components/schemas/FieldError")))));
        return components
                .addSchemas("Problem", problem)
                .addSchemas("FieldError", fieldError)
                .addSchemas("ValidationProblem", validationProblem)
                .addResponses(
                        "BadRequest",
                        problemResponse("The request is malformed or a field is invalid", "ValidationProblem"))
                .addResponses("Unauthorized", problemResponse("Not signed in, or the credentials are wrong", "Problem"))
                .addResponses("Forbidden", problemResponse("The caller's role or scope does not allow this", "Problem"))
                .addResponses("NotFound", problemResponse("Nothing with that id in the caller's scope", "Problem"))
                .addResponses(
                        "Conflict",
                        problemResponse(
                                "Changed since the caller read it (a stale version), or not in a state that allows this",
                                "Problem"))
                .addResponses(
                        "PreconditionFailed",
                        problemResponse(
                                "If-Match names a version that is no longer current (the detail names the current one),"
                                        + " or disagrees with the body's version; nothing was stored",
                                "Problem"))
                .addResponses(
                        "PayloadTooLarge",
                        problemResponse("An uploaded file is larger than allowed", "ValidationProblem"))
                .addResponses(
                        "UnprocessableContent",
                        problemResponse(
                                "The file was read but its rows cannot be taken; nothing was imported", "Problem"));
    }

    private static ApiResponse problemResponse(String description, String schema) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))));
    }

    private static List<Tag> tags() {
        return List.of(
                tag("Tasks", "The caller's workflow tasks: list, claim, complete, one at a time or in bulk."),
                tag(
                        "Pins",
                        "Questions pinned to parts of an assessment, strategy, action or report, and their answers."),
                tag("Jurisdictions", "Regions, countries and cities, their roadmap stage and entry evidence."),
                tag("StageGates", "The checklists a city passes between roadmap stages, and their configuration."),
                tag("Assessments", "Scorecard self-assessments: answers, evidence, findings, workshops."),
                tag("ScorecardTemplates", "The scorecard templates assessments are scored against."),
                tag("Strategies", "A city's resilience strategy: drafts, versions, review comments, adoption."),
                tag("Actions", "The actions of a strategy's plan: proposal, review, progress, the register."),
                tag("ApprovalTable", "The decision table that routes a proposed action to its approvers."),
                tag("Programmes", "Funding programmes: results, indicators, budget, commitments, exports."),
                tag("DonorReports", "Reports to a programme's donors: drafting, sign-off, submitted copies."),
                tag("Hubs", "Resilience Hubs: cities that support others, and their applications."),
                tag("Publication", "A city's public page: proposal, approval, withdrawal."),
                tag("Portfolio", "Every city in the caller's scope with its stage, score and money."),
                tag("Comparison", "Cities compared within a programme or country."),
                tag("Notifications", "The caller's notifications."),
                tag("Me", "The caller's account, settings and personal API tokens."),
                tag(
                        "Administration",
                        "Accounts, the jurisdiction tree, the audit log and failed workflow steps (admins)."));
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }
}
