package org.resilienceroadmap.shared.api;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes each operation's answers what the code answers. Springdoc sees a {@code ResponseEntity} and
 * says 200; the handlers listed in {@link #CREATED} and {@link #NO_CONTENT} answer 201 (some with a
 * Location) or 204, as their {@code ResponseEntity.created/status(201)/noContent()} say. Downloads are
 * documented with their real types. Form fields a multipart handler reads with {@code @RequestParam}
 * are parts of the multipart body, not query parameters. And each operation lists the problems it
 * can answer, as application/problem+json (see {@link OpenApiDocument#problems}): 400 when it takes
 * input, 401 always, 403 unless it only concerns the caller, 404 when its path names something, 409
 * on writes (stale versions, wrong state), 413 for uploads.
 */
class OperationResponses implements OperationCustomizer {

    /** Handlers answering 201 Created; true: with a Location header. */
    private static final Map<String, Boolean> CREATED = Map.ofEntries(
            entry("ActionController.propose", true),
            entry("ActionController.progress", false),
            entry("ActionController.progressWithEvidence", false),
            entry("ActionController.complete", false),
            entry("ActionController.milestone", false),
            entry("ApprovalTableController.upload", true),
            entry("AnswerEvidenceController.add", true),
            entry("AssessmentController.open", true),
            entry("AssessmentController.addParticipant", false),
            entry("ProgrammeController.open", true),
            entry("ProgrammeController.addResult", false),
            entry("ProgrammeController.addIndicator", false),
            entry("ProgrammeController.addBudgetLine", false),
            entry("ProgrammeController.disburse", false),
            entry("MoneyController.commit", true),
            entry("MoneyController.allocate", true),
            entry("DonorReportController.open", false),
            entry("GateChecklistController.tick", false),
            entry("HubController.apply", true),
            entry("PublicationController.propose", true),
            entry("StrategyController.create", true),
            entry("StrategyController.submit", true),
            entry("StrategyController.comment", false),
            entry("StrategyController.adopt", false));

    /** Handlers answering 204 No Content through {@code ResponseEntity.noContent()}. */
    private static final Set<String> NO_CONTENT = Set.of(
            "AnswerEvidenceController.remove",
            "AssessmentController.assign",
            "AssessmentController.dismissFinding",
            "MoneyController.removeCommitment",
            "MoneyController.removeAllocation",
            "GateChecklistController.reset",
            "JurisdictionController.join",
            "TaskController.complete");

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Downloads and their types; stored documents keep the type they were uploaded with. */
    private static final Map<String, String> DOWNLOADS = Map.ofEntries(
            entry("ActionController.evidence", "application/octet-stream"),
            entry("AnswerEvidenceController.download", "application/octet-stream"),
            entry("RoadmapEntryController.document", "application/octet-stream"),
            entry("GateChecklistController.evidence", "application/octet-stream"),
            entry("StrategyController.document", "application/octet-stream"),
            entry("ActionPlanController.templateXlsx", XLSX),
            entry("ActionPlanController.exportXlsx", XLSX),
            entry("AssessmentController.workbook", XLSX),
            entry("ProgrammeExportController.workbook", XLSX),
            entry("ProgrammeExportController.logframe", XLSX),
            entry("PortfolioController.xlsx", XLSX),
            entry("ActionPlanController.templateCsv", "text/csv"),
            entry("ActionPlanController.exportCsv", "text/csv"),
            entry("PortfolioController.csv", "text/csv"),
            entry("DonorReportController.pdf", "application/pdf"),
            entry("ProgrammeExportController.report", "application/pdf"),
            entry("ProgrammeExportController.iati", "application/xml"));

    /** Operations about the caller alone: nothing in them can be refused with 403. */
    private static final Set<String> OWN = Set.of(
            "MeController.me",
            "ApiTokenController.mine",
            "NotificationController.list",
            "NotificationController.unreadCount",
            "TaskController.list");

    /** Writes that check no version or state, so never answer 409. */
    private static final Set<String> NO_CONFLICT = Set.of(
            "NotificationController.read",
            "NotificationController.readAll",
            "MeController.weeklyDigest",
            "ApiTokenController.revoke");

    /** Handlers that answer 422 (a well-formed upload whose content cannot be taken). */
    private static final Set<String> UNPROCESSABLE = Set.of("ActionPlanController.importPlan");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String key = ClassUtils.getUserClass(handler.getBeanType()).getSimpleName() + "."
                + handler.getMethod().getName();
        ApiResponses responses = operation.getResponses();
        ApiResponse ok = responses.get("200");
        if (ok != null && CREATED.containsKey(key)) {
            responses.remove("200");
            ok.setDescription("Created");
            if (CREATED.get(key)) {
                ok.addHeaderObject(
                        "Location",
                        new Header()
                                .description("The address of what was created")
                                .schema(new StringSchema().format("uri-reference")));
            }
            responses.addApiResponse("201", ok);
        } else if (NO_CONTENT.contains(key)) {
            responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description("Done; nothing to answer"));
        }
        if (DOWNLOADS.containsKey(key)) {
            responses
                    .get("200")
                    .content(new Content()
                            .addMediaType(
                                    DOWNLOADS.get(key), new MediaType().schema(new StringSchema().format("binary"))));
        }
        boolean multipart = formFieldsIntoBody(operation);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean namesSomething = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
        boolean read = handler.hasMethodAnnotation(GetMapping.class);
        if (takesInput) {
            responses.addApiResponse("400", problem("BadRequest"));
        }
        responses.addApiResponse("401", problem("Unauthorized"));
        if (!OWN.contains(key)) {
            responses.addApiResponse("403", problem("Forbidden"));
        }
        if (namesSomething) {
            responses.addApiResponse("404", problem("NotFound"));
        }
        if (!read && !NO_CONFLICT.contains(key)) {
            responses.addApiResponse("409", problem("Conflict"));
        }
        if (multipart) {
            responses.addApiResponse("413", problem("PayloadTooLarge"));
        }
        if (UNPROCESSABLE.contains(key)) {
            responses.addApiResponse("422", problem("UnprocessableContent"));
        }
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            operation.setDescription(answers(responses, read || handler.hasMethodAnnotation(DeleteMapping.class)));
        }
        return operation;
    }

    private static ApiResponse problem(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    /**
     * Moves the query parameters of a multipart operation into its form: Spring reads a
     * {@code @RequestParam} of a multipart request from the form's fields, which is how clients send them.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static boolean formFieldsIntoBody(Operation operation) {
        if (operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null
                || !operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
            return false;
        }
        MediaType form = operation.getRequestBody().getContent().get("multipart/form-data");
        Schema schema = form.getSchema() == null ? new ObjectSchema() : form.getSchema();
        form.setSchema(schema);
        if (operation.getParameters() == null) {
            return true;
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<Parameter> kept = new ArrayList<>();
        for (Parameter parameter : operation.getParameters()) {
            if ("query".equals(parameter.getIn())) {
                Schema field = parameter.getSchema();
                if (parameter.getDescription() != null) {
                    field.setDescription(parameter.getDescription());
                }
                properties.put(parameter.getName(), field);
                if (Boolean.TRUE.equals(parameter.getRequired())) {
                    schema.addRequiredItem(parameter.getName());
                }
            } else {
                kept.add(parameter);
            }
        }
        if (schema.getProperties() != null) {
            properties.putAll(schema.getProperties());
        }
        schema.setProperties(properties);
        operation.setParameters(kept.isEmpty() ? null : kept);
        return true;
    }

    /** A description from what the operation answers, for operations the controller gave none. */
    private static String answers(ApiResponses responses, boolean plain) {
        StringBuilder text = new StringBuilder();
        if (responses.containsKey("201")) {
            text.append("Answers 201 with what was created")
                    .append(responses.get("201").getHeaders() != null ? " and its address in Location." : ".");
        } else if (responses.containsKey("204")) {
            text.append("Answers 204 with no body.");
        } else {
            text.append("Answers 200 with the result.");
        }
        if (responses.containsKey("403")) {
            text.append(" 403 when the caller's role or scope does not allow it");
            text.append(responses.containsKey("404") ? "; 404 when what the path names does not exist." : ".");
        } else if (responses.containsKey("404")) {
            text.append(" 404 when what the path names does not exist.");
        }
        if (responses.containsKey("409") && !plain) {
            text.append(" 409 when it changed since the caller read it or is not in a state that allows this.");
        }
        return text.toString();
    }
}
