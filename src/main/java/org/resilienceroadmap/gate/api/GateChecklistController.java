package org.resilienceroadmap.gate.api;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.gate.Checklist;
import org.resilienceroadmap.gate.ChecklistConfigurations;
import org.resilienceroadmap.gate.Configuration;
import org.resilienceroadmap.gate.Evidence;
import org.resilienceroadmap.gate.Gate;
import org.resilienceroadmap.gate.GateChecklists;
import org.resilienceroadmap.gate.GateTick;
import org.resilienceroadmap.gate.ItemSpec;
import org.resilienceroadmap.gate.ItemState;
import org.resilienceroadmap.gate.ScopeKind;
import org.resilienceroadmap.shared.api.FileDownload;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stage-gate checklists: a jurisdiction's checklist at a gate ({@code a-b}, {@code b-c}, {@code c}),
 * ticking a manual item with evidence, and the configuration per country or programme.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "StageGates")
class GateChecklistController {

    private final GateChecklists checklists;
    private final ChecklistConfigurations configurations;

    GateChecklistController(GateChecklists checklists, ChecklistConfigurations configurations) {
        this.checklists = checklists;
        this.configurations = configurations;
    }

    record Item(
            String code,
            String kind,
            String rule,
            String label,
            boolean mandatory,
            Integer number,
            boolean done,
            String found,
            Tick tick) {
        static Item of(ItemState s, Long jurisdictionId) {
            ItemSpec spec = s.spec();
            return new Item(
                    spec.code(),
                    spec.kind().name(),
                    spec.rule() == null ? null : spec.rule().name(),
                    spec.label() != null
                            ? spec.label()
                            : Refusal.of("gate.rule." + spec.rule().name()).english(),
                    spec.mandatory(),
                    spec.numberOrDefault(),
                    s.done(),
                    s.fact() == null
                            ? null
                            : new Refusal(s.fact().key(), null, s.fact().args()).english(),
                    s.tick().map(t -> Tick.of(t, jurisdictionId)).orElse(null));
        }
    }

    record Tick(String tickedBy, Instant tickedAt, String note, String link, String document) {
        static Tick of(GateTick t, Long jurisdictionId) {
            return new Tick(
                    t.getTickedBy(),
                    t.getTickedAt(),
                    t.getNote(),
                    t.getLink(),
                    t.getFileId() == null
                            ? null
                            : "/api/v1/jurisdictions/" + jurisdictionId + "/gates/evidence/" + t.getId());
        }
    }

    /** {@code source}: COUNTRY or PROGRAMME ({@code sourceId}) whose configuration applies, or DEFAULT. */
    record ChecklistJson(
            Long jurisdictionId, String gate, String source, Long sourceId, boolean closable, List<Item> items) {
        static ChecklistJson of(Checklist c) {
            return new ChecklistJson(
                    c.jurisdictionId(),
                    c.gate().path(),
                    c.source() == null ? "DEFAULT" : c.source().name(),
                    c.sourceId(),
                    c.isClosable(),
                    c.items().stream().map(i -> Item.of(i, c.jurisdictionId())).toList());
        }
    }

    record ConfigurationJson(
            String kind,
            Long scopeId,
            String gate,
            boolean configured,
            Long version,
            List<ItemSpec> items,
            String updatedBy,
            Instant updatedAt) {
        static ConfigurationJson of(Configuration c) {
            return new ConfigurationJson(
                    c.kind().name(),
                    c.scopeId(),
                    c.gate().path(),
                    c.configured(),
                    c.version(),
                    c.items(),
                    c.updatedBy(),
                    c.updatedAt());
        }
    }

    /** The items to keep; {@code version} is the one read (null when the defaults were shown). */
    record ConfigurationChange(List<ItemSpec> items, Long version) {}

    @GetMapping("/jurisdictions/{id}/gates/{gate}/checklist")
    @Operation(summary = "The jurisdiction's checklist at a gate (a-b, b-c, c): each item done or open, and why")
    ChecklistJson checklist(@PathVariable Long id, @PathVariable String gate) {
        return ChecklistJson.of(checklists.checklist(id, gate(gate)));
    }

    @PostMapping(
            value = "/jurisdictions/{id}/gates/{gate}/checklist/{item}/tick",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Tick a manual item with evidence: a document and/or a link, and a note (chair or coordinator)")
    ResponseEntity<ChecklistJson> tick(
            @PathVariable Long id,
            @PathVariable String gate,
            @PathVariable String item,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String link,
            @RequestParam(name = "document", required = false) MultipartFile document)
            throws IOException {
        Gate g = gate(gate);
        checklists.tick(
                id,
                g,
                item,
                new Evidence(note, link),
                document == null ? null : document.getOriginalFilename(),
                document == null ? null : document.getBytes());
        return ResponseEntity.status(201).body(ChecklistJson.of(checklists.checklist(id, g)));
    }

    @GetMapping("/jurisdictions/{id}/gates/evidence/{tickId}")
    @Operation(summary = "The document behind a tick, for anyone who sees the jurisdiction")
    ResponseEntity<byte[]> evidence(@PathVariable Long id, @PathVariable Long tickId) {
        return FileDownload.of(checklists.evidenceFile(id, tickId));
    }

    @GetMapping("/gate-checklists/{kind}/{scopeId}/{gate}")
    @Operation(
            summary =
                    "A country's or programme's checklist at a gate; the defaults while none is saved (admin, coordinator in scope)")
    ConfigurationJson configuration(@PathVariable String kind, @PathVariable Long scopeId, @PathVariable String gate) {
        return ConfigurationJson.of(configurations.get(kind(kind), scopeId, gate(gate)));
    }

    @PutMapping("/gate-checklists/{kind}/{scopeId}/{gate}")
    @Operation(summary = "Replace a country's or programme's items at a gate; 409 if someone saved since `version`")
    ConfigurationJson configure(
            @PathVariable String kind,
            @PathVariable Long scopeId,
            @PathVariable String gate,
            @RequestBody ConfigurationChange change) {
        return ConfigurationJson.of(
                configurations.save(kind(kind), scopeId, gate(gate), change.items(), change.version()));
    }

    @DeleteMapping("/gate-checklists/{kind}/{scopeId}/{gate}")
    @Operation(summary = "Forget the configuration: the gate follows the defaults again")
    ResponseEntity<Void> reset(@PathVariable String kind, @PathVariable Long scopeId, @PathVariable String gate) {
        configurations.reset(kind(kind), scopeId, gate(gate));
        return ResponseEntity.noContent().build();
    }

    private static Gate gate(String path) {
        return Gate.ofPath(path).orElseThrow(() -> new NotFoundException("Gate", path));
    }

    private static ScopeKind kind(String kind) {
        return switch (kind.toLowerCase(java.util.Locale.ROOT)) {
            case "country", "countries" -> ScopeKind.COUNTRY;
            case "programme", "programmes" -> ScopeKind.PROGRAMME;
            default -> throw new NotFoundException("Checklist scope", kind);
        };
    }
}
