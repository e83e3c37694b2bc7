package org.resilienceroadmap.administration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.administration.AuditTrail;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.audit.AuditQuery;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for admins: every decision and admin change, newest first. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    @Operation(
            summary = "Audit entries, newest first; filters by actor, subject type, part of the action and "
                    + "a range of days (UTC, both inclusive)")
    PageResponse<Entry> audit(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String subjectType,
            @Parameter(description = "part of the action, any case") @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "from must not be after to");
        }
        AuditQuery query =
                new AuditQuery(actor, subjectType, action, startOf(from), to == null ? null : startOf(to.plusDays(1)));
        PageResponse<AuditRecord> records = PageResponse.of(trail.find(query, PageResponse.request(page, size)));
        return new PageResponse<>(
                records.content().stream().map(Entry::of).toList(),
                records.page(),
                records.size(),
                records.totalElements(),
                records.totalPages());
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    record Entry(
            Long id,
            Instant at,
            String actor,
            String subjectType,
            String subjectId,
            String action,
            String fromState,
            String toState,
            String comment,
            String reference,
            Long jurisdictionId) {

        static Entry of(AuditRecord r) {
            return new Entry(
                    r.getId(),
                    r.getAt(),
                    r.getActor(),
                    r.getSubjectType(),
                    r.getSubjectId(),
                    r.getAction(),
                    r.getFromState(),
                    r.getToState(),
                    r.getComment(),
                    r.getReference(),
                    r.getJurisdictionId());
        }
    }
}
