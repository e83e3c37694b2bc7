package org.resilienceroadmap.funding.api;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.funding.MoneyAllocations;
import org.resilienceroadmap.funding.MoneyAndProgress;
import org.resilienceroadmap.funding.MoneyProgress;
import org.resilienceroadmap.funding.MoneySourceKind;
import org.resilienceroadmap.shared.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme's money against the progress of the actions it funds: readers in scope see the figures;
 * the programme's coordinators (and admins) record commitments and allocate disbursements and
 * commitments to actions. Donors only read.
 */
@RestController
@RequestMapping("/api/v1/programmes/{id}")
@Tag(name = "Programmes")
class MoneyController {

    private final MoneyAndProgress money;
    private final MoneyAllocations allocations;

    MoneyController(MoneyAndProgress money, MoneyAllocations allocations) {
        this.money = money;
        this.allocations = allocations;
    }

    record NewCommitment(LocalDate committedOn, Money amount, String note) {}

    /** {@code sourceKind}: DISBURSEMENT (spent) or COMMITMENT (committed); the amount's currency: the programme's. */
    record NewAllocation(MoneySourceKind sourceKind, Long sourceId, Long actionId, Money amount) {}

    @GetMapping("/money-and-progress")
    @Operation(
            summary =
                    "Per country, city and action: budget, committed, spent, percent spent against percent done, and the flags for spending ahead of progress and money unspent past half the period")
    MoneyProgress read(@PathVariable Long id) {
        return money.read(id);
    }

    @PostMapping("/commitments")
    @Operation(summary = "Record money the programme has promised (in its currency, not in the future)")
    ResponseEntity<MoneyProgress.Source> commit(@PathVariable Long id, @RequestBody NewCommitment body) {
        Long commitment = allocations.recordCommitment(
                id,
                body.committedOn(),
                ProgrammeController.amountOf(body.amount()),
                ProgrammeController.currencyOf(body.amount()),
                body.note());
        MoneyProgress.Source created = money.read(id).sources().stream()
                .filter(s -> s.kind() == MoneySourceKind.COMMITMENT && s.id().equals(commitment))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/commitments/" + commitment))
                .body(created);
    }

    @DeleteMapping("/commitments/{commitmentId}")
    @Operation(summary = "Remove a commitment nothing is allocated from; version is the one read (409 if changed)")
    ResponseEntity<Void> removeCommitment(
            @PathVariable Long id, @PathVariable Long commitmentId, @RequestParam(required = false) Long version) {
        allocations.removeCommitment(id, commitmentId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/allocations")
    @Operation(
            summary =
                    "Allocate part of a disbursement or commitment to an action of a covered city; never more than remains of it")
    ResponseEntity<MoneyProgress.Allocation> allocate(@PathVariable Long id, @RequestBody NewAllocation body) {
        MoneyProgress.Allocation made = allocations.allocate(
                id,
                body.sourceKind(),
                body.sourceId(),
                body.actionId(),
                ProgrammeController.amountOf(body.amount()),
                ProgrammeController.currencyOf(body.amount()));
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/allocations/" + made.id()))
                .body(made);
    }

    @DeleteMapping("/allocations/{allocationId}")
    @Operation(summary = "Take an allocation back; version is the one read (409 if changed)")
    ResponseEntity<Void> removeAllocation(
            @PathVariable Long id, @PathVariable Long allocationId, @RequestParam(required = false) Long version) {
        allocations.removeAllocation(id, allocationId, version);
        return ResponseEntity.noContent().build();
    }
}
