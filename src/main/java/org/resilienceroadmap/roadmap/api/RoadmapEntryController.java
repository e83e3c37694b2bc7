package org.resilienceroadmap.roadmap.api;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.CountryStageTimes;
import org.resilienceroadmap.roadmap.EntryDecision;
import org.resilienceroadmap.roadmap.EntryDetail;
import org.resilienceroadmap.roadmap.RoadmapEntries;
import org.resilienceroadmap.roadmap.StageTime;
import org.resilienceroadmap.roadmap.StageTimes;
import org.resilienceroadmap.shared.api.FileDownload;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Entering the roadmap at stage B or C (its evidence; the validation is the task {@code Task_ValidateEntry}
 * under {@code /tasks}) and the time local governments spend in each stage.
 */
@RestController
@RequestMapping("/api/v1/jurisdictions")
@Tag(name = "Jurisdictions")
class RoadmapEntryController {

    private final RoadmapEntries entries;
    private final StageTimes stageTimes;

    RoadmapEntryController(RoadmapEntries entries, StageTimes stageTimes) {
        this.entries = entries;
        this.stageTimes = stageTimes;
    }

    @GetMapping("/{id}/entry")
    @Operation(
            summary =
                    "How the jurisdiction entered the roadmap at stage B or C: its evidence and the coordinator's validation")
    EntryJson entry(@PathVariable Long id) {
        return entries.of(id)
                .map(EntryJson::of)
                .orElseThrow(() -> new NotFoundException("Roadmap entry of jurisdiction", id));
    }

    @PostMapping(path = "/{id}/entry/evidence", consumes = "multipart/form-data")
    @Operation(
            summary =
                    "Attach the entry's evidence (chair): for B the prior assessment, for C the adopted strategy "
                            + "with strategyAdoptedOn and adoptingBody; replaces an earlier attachment until a coordinator decides")
    EntryJson attach(
            @PathVariable Long id,
            @RequestParam("document") MultipartFile document,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate strategyAdoptedOn,
            @RequestParam(required = false) String adoptingBody)
            throws IOException {
        return EntryJson.of(entries.attach(
                id, document.getOriginalFilename(), document.getBytes(), strategyAdoptedOn, adoptingBody));
    }

    @GetMapping("/{id}/entry/document")
    @Operation(summary = "The entry's evidence document, for anyone who sees the jurisdiction")
    ResponseEntity<byte[]> document(@PathVariable Long id) {
        return FileDownload.of(entries.document(id));
    }

    @GetMapping("/stage-times")
    @Operation(
            summary =
                    "Per country, the median days its local governments spent in stages A and B (stays that "
                            + "ended), with the number of stays that ended and of those still running, within the caller's scope")
    PageResponse<CountryStageTimesJson> stageTimes(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                stageTimes.perCountry().stream().map(CountryStageTimesJson::of).toList(), page, size);
    }

    record EntryJson(
            RoadmapStage requestedStage,
            LocalDate joinedOn,
            String document,
            String documentName,
            LocalDate strategyAdoptedOn,
            String adoptingBody,
            String attachedBy,
            Instant attachedAt,
            boolean evidenceComplete,
            EntryDecision decision,
            RoadmapStage decidedStage,
            String decidedBy,
            Instant decidedAt,
            String decisionComment) {

        static EntryJson of(EntryDetail e) {
            return new EntryJson(
                    e.requestedStage(),
                    e.joinedOn(),
                    e.document() == null ? null : "/api/v1/jurisdictions/" + e.jurisdictionId() + "/entry/document",
                    e.document() == null ? null : e.document().name(),
                    e.strategyAdoptedOn(),
                    e.adoptingBody(),
                    e.attachedBy(),
                    e.attachedAt(),
                    e.evidenceComplete(),
                    e.decision(),
                    e.decidedStage(),
                    e.decidedBy(),
                    e.decidedAt(),
                    e.decisionComment());
        }
    }

    record CountryStageTimesJson(
            Long countryId, String country, int localGovernments, StageTime stageA, StageTime stageB) {

        static CountryStageTimesJson of(CountryStageTimes t) {
            return new CountryStageTimesJson(
                    t.country().id(), t.country().name(), t.localGovernments(), t.knowBetter(), t.planBetter());
        }
    }
}
