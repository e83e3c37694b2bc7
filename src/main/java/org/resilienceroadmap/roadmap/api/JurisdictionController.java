package org.resilienceroadmap.roadmap.api;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.JurisdictionDetail;
import org.resilienceroadmap.roadmap.JurisdictionView;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.shared.api.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jurisdictions")
@Tag(name = "Jurisdictions")
class JurisdictionController {

    private final RoadmapService roadmap;

    JurisdictionController(RoadmapService roadmap) {
        this.roadmap = roadmap;
    }

    @GetMapping
    @Operation(summary = "Jurisdictions in the caller's scope, with their roadmap stage")
    PageResponse<JurisdictionJson> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) RoadmapStage stage,
            @RequestParam(required = false) JurisdictionLevel level) {
        List<JurisdictionJson> all = roadmap.jurisdictionsInScope().stream()
                .filter(j -> stage == null || stage == j.stage())
                .filter(j -> level == null || level == j.level())
                .sorted(Comparator.comparing(JurisdictionView::id))
                .map(JurisdictionJson::of)
                .toList();
        return PageResponse.of(all, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One jurisdiction with its stage history and hazard profile")
    JurisdictionDetailJson get(@PathVariable Long id) {
        JurisdictionDetail detail = roadmap.detail(id);
        JurisdictionView j = detail.jurisdiction();
        return new JurisdictionDetailJson(
                j.id(),
                j.code(),
                j.name(),
                j.localName(),
                j.level(),
                j.parentId(),
                j.stage(),
                j.joinedOn(),
                j.resilienceHub(),
                detail.stageHistory().stream()
                        .map(s -> new StageJson(s.stage(), s.entered(), s.left(), s.approvedBy(), s.days()))
                        .toList(),
                detail.hazards().stream()
                        .map(h -> new HazardJson(h.code(), h.edition(), h.likelihood(), h.impact()))
                        .toList());
    }

    @PostMapping("/{id}/join")
    @Operation(
            summary = "Record that the jurisdiction joined MCR2030 at a stage (A when absent) and start its roadmap "
                    + "(admin, coordinator); at B or C the chair attaches the evidence and a coordinator validates it")
    @ResponseStatus(HttpStatus.NO_CONTENT) // what noContent() answers; without it the document said 200
    ResponseEntity<Void> join(@PathVariable Long id, @Valid @RequestBody Joining body) {
        roadmap.join(id, body.joinedOn(), body.stage());
        return ResponseEntity.noContent().build();
    }

    record Joining(@NotNull @PastOrPresent LocalDate joinedOn, RoadmapStage stage) {}

    record JurisdictionJson(
            Long id,
            String code,
            String name,
            String localName,
            JurisdictionLevel level,
            Long parentId,
            RoadmapStage stage,
            LocalDate joinedOn,
            boolean resilienceHub) {

        static JurisdictionJson of(JurisdictionView j) {
            return new JurisdictionJson(
                    j.id(),
                    j.code(),
                    j.name(),
                    j.localName(),
                    j.level(),
                    j.parentId(),
                    j.stage(),
                    j.joinedOn(),
                    j.resilienceHub());
        }
    }

    record JurisdictionDetailJson(
            Long id,
            String code,
            String name,
            String localName,
            JurisdictionLevel level,
            Long parentId,
            RoadmapStage stage,
            LocalDate joinedOn,
            boolean resilienceHub,
            List<StageJson> stageHistory,
            List<HazardJson> hazards) {}

    /** {@code days}: whole days in the stage, up to today for the stage it is in. */
    record StageJson(
            RoadmapStage stage, java.time.Instant entered, java.time.Instant left, String approvedBy, long days) {}

    record HazardJson(String code, String edition, int likelihood, int impact) {}
}
