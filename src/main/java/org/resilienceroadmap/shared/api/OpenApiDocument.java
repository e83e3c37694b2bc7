package org.resilienceroadmap.shared.api;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
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
                .components(new Components()
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
