package org.resilienceroadmap.action.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.action.ActionPlanImport;
import org.resilienceroadmap.action.ActionPlanPreview;
import org.resilienceroadmap.action.ActionRegisterExport;
import org.resilienceroadmap.action.TableFormat;
import org.resilienceroadmap.shared.api.QueryObjectErrors;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Action plans in bulk: the template, the import of a filled plan (.xlsx or CSV; a dry run by
 * default, all or nothing otherwise) and the register's export. The columns are documented on
 * {@link ActionPlanImport} and {@link ActionRegisterExport}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Actions")
class ActionPlanController {

    private final ActionPlanImport plans;
    private final ActionRegisterExport register;

    ActionPlanController(ActionPlanImport plans, ActionRegisterExport register) {
        this.plans = plans;
        this.register = register;
    }

    @InitBinder("registerQuery")
    void registerQuery(WebDataBinder binder) {
        QueryObjectErrors.apply(binder);
    }

    @GetMapping("/strategies/{id}/actions/template.xlsx")
    @Operation(summary = "An action-plan template (.xlsx): the header and one example row under the first objective")
    ResponseEntity<byte[]> templateXlsx(@PathVariable Long id) {
        return file("action-plan-template", TableFormat.XLSX, plans.template(id, TableFormat.XLSX));
    }

    @GetMapping("/strategies/{id}/actions/template.csv")
    @Operation(summary = "An action-plan template (UTF-8 CSV): header and one example row under the first objective")
    ResponseEntity<byte[]> templateCsv(@PathVariable Long id) {
        return file("action-plan-template", TableFormat.CSV, plans.template(id, TableFormat.CSV));
    }

    @PostMapping(value = "/strategies/{id}/actions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import an action plan (multipart file, .xlsx or CSV; working group of an adopted strategy). "
                    + "dryRun=true (the default) only checks every row; dryRun=false imports all rows or, with any problem, "
                    + "none (422 with the same body). An unreadable file is a 400.")
    ResponseEntity<?> importPlan(
            @PathVariable Long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun)
            throws IOException {
        if (dryRun) {
            return ResponseEntity.ok(plans.preview(id, file.getOriginalFilename(), file.getBytes()));
        }
        ActionPlanPreview result = plans.importPlan(id, file.getOriginalFilename(), file.getBytes());
        if (result.valid()) {
            return ResponseEntity.ok(result);
        }
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, plans.notImported(result));
        problem.setTitle(HttpStatus.UNPROCESSABLE_ENTITY.getReasonPhrase());
        problem.setProperty("rows", result.rows());
        problem.setProperty("valid", false);
        problem.setProperty("problems", result.problems());
        problem.setProperty("imported", 0);
        return ResponseEntity.unprocessableEntity()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping("/actions.xlsx")
    @Operation(summary = "The action register in scope as .xlsx, with the register's filters")
    ResponseEntity<byte[]> exportXlsx(@ParameterObject RegisterQuery query) {
        return file("actions", TableFormat.XLSX, register.export(query.filter(), TableFormat.XLSX));
    }

    @GetMapping("/actions.csv")
    @Operation(summary = "The action register in scope as UTF-8 CSV, with the register's filters")
    ResponseEntity<byte[]> exportCsv(@ParameterObject RegisterQuery query) {
        return file("actions", TableFormat.CSV, register.export(query.filter(), TableFormat.CSV));
    }

    private static ResponseEntity<byte[]> file(String name, TableFormat format, byte[] content) {
        return ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(name + "." + format.extension())
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(format.contentType()))
                .body(content);
    }
}
