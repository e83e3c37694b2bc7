package org.resilienceroadmap.administration.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.administration.EngineIncidents;
import org.resilienceroadmap.administration.FailedStep;
import org.resilienceroadmap.shared.api.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/incidents")
@Tag(name = "Administration")
class IncidentController {

    private final EngineIncidents incidents;

    IncidentController(EngineIncidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    @Operation(summary = "Steps the engine stopped retrying, newest first, with their error (admins)")
    PageResponse<FailedStep> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(incidents.incidents(PageResponse.request(page, size)));
    }

    @PostMapping("/jobs/{jobId}/retry")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Hand a failed step back to the job executor (admins)")
    void retry(@PathVariable String jobId) {
        incidents.retry(jobId);
    }
}
