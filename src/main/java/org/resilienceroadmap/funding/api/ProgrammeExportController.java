package org.resilienceroadmap.funding.api;

import static org.resilienceroadmap.funding.api.ProgrammeController.file;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.funding.ProgrammeExports;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.i18n.Languages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A programme as files, for those who may read it: IATI XML, the live report as PDF, two workbooks. */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes")
class ProgrammeExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProgrammeExports exports;
    private final CurrentUser currentUser;

    ProgrammeExportController(ProgrammeExports exports, CurrentUser currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @GetMapping(value = "/{id}/iati.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The programme as an IATI 2.03 iati-activities document")
    ResponseEntity<byte[]> iati(@PathVariable Long id) {
        return file(exports.iati(id), "programme-" + id + "-iati.xml", MediaType.APPLICATION_XML);
    }

    @GetMapping(value = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The programme report compiled now from live data over the caller's scope, as PDF")
    ResponseEntity<byte[]> report(@PathVariable Long id) {
        return file(exports.livePdf(id, locale()), "programme-" + id + "-report.pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/{id}/actions.xlsx")
    @Operation(summary = "Indicators and the action register of the programme's jurisdictions in scope, as XLSX")
    ResponseEntity<byte[]> workbook(@PathVariable Long id) {
        return file(exports.workbook(id), "programme-" + id + "-actions.xlsx", XLSX);
    }

    @GetMapping("/{id}/logframe.xlsx")
    @Operation(
            summary =
                    "The results framework as the EU logical-framework matrix (impact, outcomes, outputs, indicators, assumptions), as XLSX in the caller's language")
    ResponseEntity<byte[]> logframe(@PathVariable Long id) {
        return file(exports.logframe(id, locale()), "programme-" + id + "-logframe.xlsx", XLSX);
    }

    private Locale locale() {
        return Languages.of(currentUser.scope().language());
    }
}
