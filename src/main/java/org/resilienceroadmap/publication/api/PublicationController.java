package org.resilienceroadmap.publication.api;

import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.publication.PublicationService;
import org.resilienceroadmap.publication.PublicationState;
import org.resilienceroadmap.publication.PublicationStatus;
import org.resilienceroadmap.shared.api.HonoursIfMatch;
import org.resilienceroadmap.shared.api.Versioned;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A city's public page, for those who see the city: where it stands, the chair's proposal, and the
 * withdrawal by the chair or a coordinator. The coordinator approves through {@code POST /tasks/{id}/complete}.
 */
@RestController
@Tag(name = "Publication")
class PublicationController {

    private final PublicationService publications;

    PublicationController(PublicationService publications) {
        this.publications = publications;
    }

    @GetMapping("/api/v1/jurisdictions/{id}/publication")
    @Operation(summary = "Where the city's public page stands (state null before any proposal) and its public address")
    StatusJson get(@PathVariable Long id) {
        return StatusJson.of(publications.status(id));
    }

    @PostMapping("/api/v1/jurisdictions/{id}/publication")
    @Operation(summary = "The city's chair proposes its public page; starts city-publication (a coordinator approves)")
    ResponseEntity<StatusJson> propose(@PathVariable Long id) {
        return ResponseEntity.created(URI.create("/api/v1/jurisdictions/" + id + "/publication"))
                .body(StatusJson.of(publications.propose(id)));
    }

    @HonoursIfMatch(current = "get")
    @PostMapping("/api/v1/jurisdictions/{id}/publication/withdraw")
    @Operation(summary = "The chair or a coordinator withdraws the proposed or published page; body { \"version\": n }")
    StatusJson withdraw(@PathVariable Long id, @RequestBody Withdrawal body) {
        return StatusJson.of(publications.withdraw(id, body.version()));
    }

    /** Checked by the service once it has decided who may withdraw, so that a stranger learns nothing from a 400. */
    record Withdrawal(Long version) {}

    record StatusJson(
            Long jurisdictionId,
            String code,
            PublicationState state,
            Instant proposedAt,
            Instant decidedAt,
            Instant withdrawnAt,
            boolean mayPropose,
            boolean mayWithdraw,
            String publicPath,
            long version)
            implements Versioned {

        static StatusJson of(PublicationStatus s) {
            return new StatusJson(
                    s.jurisdictionId(),
                    s.code(),
                    s.state(),
                    s.proposedAt(),
                    s.decidedAt(),
                    s.withdrawnAt(),
                    s.mayPropose(),
                    s.mayWithdraw(),
                    s.publicPath() == null ? null : "/" + s.publicPath(),
                    s.version());
        }
    }
}
