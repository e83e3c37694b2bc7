package org.resilienceroadmap.funding.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.resilienceroadmap.funding.DonorReport;
import org.resilienceroadmap.funding.DonorReports;
import org.resilienceroadmap.funding.ProgrammeExports;
import org.resilienceroadmap.funding.ReportView;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.api.HonoursIfMatch;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.i18n.Languages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programme reports: open reporting, ask for a report now, edit the narrative before sign-off, read
 * reports and download submissions. Sign-off and the donor's acknowledgement go through {@code /tasks}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "DonorReports")
class DonorReportController {

    private final DonorReports reports;
    private final ProgrammeExports exports;
    private final CurrentUser currentUser;

    DonorReportController(DonorReports reports, ProgrammeExports exports, CurrentUser currentUser) {
        this.reports = reports;
        this.exports = exports;
        this.currentUser = currentUser;
    }

    record ReportLine(Long id, int number, String periodStart, String periodEnd, String state) {
        static ReportLine of(DonorReport r) {
            return new ReportLine(
                    r.getId(),
                    r.getNumber(),
                    r.getPeriodStart().toString(),
                    r.getPeriodEnd().toString(),
                    r.getState().name());
        }
    }

    record Narrative(String narrative, @NotNull Long version) {}

    @GetMapping("/programmes/{id}/reports")
    @Operation(summary = "The programme's reports, newest first (donors: those submitted to them)")
    PageResponse<ReportLine> list(
            @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                reports.ofProgramme(id).stream().map(ReportLine::of).toList(), page, size);
    }

    @PostMapping("/programmes/{id}/reporting")
    @Operation(summary = "Open the programme's reporting process (admin or the programme's coordinators)")
    ResponseEntity<Void> open(@PathVariable Long id) {
        reports.openReporting(id);
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/programmes/{id}/reports")
    @Operation(summary = "Ask for a report now rather than at its date (admin or the programme's coordinators)")
    ResponseEntity<Void> requestNow(@PathVariable Long id) {
        reports.requestNow(id);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/donor-reports/{id}")
    @Operation(summary = "A report: figures, narrative, submissions")
    ReportView get(@PathVariable Long id) {
        return reports.view(id);
    }

    @HonoursIfMatch(current = "get")
    @PutMapping("/donor-reports/{id}/narrative")
    @Operation(summary = "Edit the narrative while the report waits for sign-off; version as read (409 when stale)")
    ReportView narrative(@PathVariable Long id, @Valid @RequestBody Narrative body) {
        reports.editNarrative(id, body.narrative(), body.version());
        return reports.view(id);
    }

    @GetMapping(
            value = "/donor-reports/submissions/{submissionId}/report.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A submitted report exactly as the donor received it, as PDF")
    ResponseEntity<byte[]> pdf(@PathVariable Long submissionId) {
        return ProgrammeController.file(
                exports.submittedPdf(
                        submissionId, Languages.of(currentUser.scope().language())),
                "report-submission-" + submissionId + ".pdf",
                MediaType.APPLICATION_PDF);
    }
}
