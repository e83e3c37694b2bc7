package org.resilienceroadmap.funding.api;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.resilienceroadmap.funding.BudgetLineFigure;
import org.resilienceroadmap.funding.CountedItem;
import org.resilienceroadmap.funding.DisbursementLine;
import org.resilienceroadmap.funding.IndicatorDirection;
import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.funding.IndicatorMeasure;
import org.resilienceroadmap.funding.IndicatorSpec;
import org.resilienceroadmap.funding.NewProgramme;
import org.resilienceroadmap.funding.ProgrammeBudget;
import org.resilienceroadmap.funding.ProgrammeDetail;
import org.resilienceroadmap.funding.ProgrammeMonitor;
import org.resilienceroadmap.funding.ProgrammeService;
import org.resilienceroadmap.funding.ProgrammeSummary;
import org.resilienceroadmap.funding.ReportContent;
import org.resilienceroadmap.funding.ResultKind;
import org.resilienceroadmap.funding.ResultLine;
import org.resilienceroadmap.funding.ResultsFramework;
import org.resilienceroadmap.funding.SnapshotPoint;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.shared.api.HonoursIfMatch;
import org.resilienceroadmap.shared.api.PageResponse;
import org.springframework.http.ContentDisposition;
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
 * Programmes for donors, coordinators and admins in scope: the results framework, indicators
 * (typed or counted from the workflow), budget and disbursements; the exports are in
 * {@link ProgrammeExportController}. Donors only read.
 */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes")
class ProgrammeController {

    private final ProgrammeService programmes;
    private final ProgrammeBudget budget;
    private final ResultsFramework resultsFramework;
    private final ProgrammeMonitor monitor;

    ProgrammeController(
            ProgrammeService programmes,
            ProgrammeBudget budget,
            ResultsFramework resultsFramework,
            ProgrammeMonitor monitor) {
        this.programmes = programmes;
        this.budget = budget;
        this.resultsFramework = resultsFramework;
        this.monitor = monitor;
    }

    record Opening(
            String code,
            String title,
            String donor,
            Money amount,
            LocalDate periodStart,
            LocalDate periodEnd,
            Set<Long> jurisdictionIds,
            String description,
            String reportingOrgRef,
            String reportingOrgType,
            String implementer,
            List<String> components) {}

    /** {@code assumptions}: what must hold outside the programme's control for the result to lead on (optional). */
    record NewResult(@NotNull ResultKind kind, String code, String title, String parentCode, String assumptions) {}

    /**
     * {@code direction}: HIGHER or LOWER is better (none: the measure's own way); {@code allEssentials}: the
     * share of cities with an adopted strategy counts only strategies covering all Ten Essentials.
     */
    record IndicatorBody(
            String resultCode,
            String code,
            String name,
            String unit,
            IndicatorMeasure measure,
            BigDecimal baseline,
            Integer baselineYear,
            BigDecimal target,
            Integer targetYear,
            String meansOfVerification,
            Long version,
            IndicatorDirection direction,
            Boolean allEssentials) {
        IndicatorSpec spec(String fixedCode) {
            return new IndicatorSpec(
                    fixedCode == null ? code : fixedCode,
                    name,
                    unit,
                    measure,
                    baseline,
                    baselineYear,
                    target,
                    targetYear,
                    meansOfVerification,
                    direction,
                    allEssentials);
        }
    }

    record Actual(
            BigDecimal actual,
            LocalDate measuredOn,
            @NotNull Long version) {}

    /** Money in the API's one shape, {@code {"amount": "1250000.00", "currency": "EUR"}}, as every answer writes it. */
    record NewBudgetLine(String title, LocalDate periodStart, LocalDate periodEnd, Money amount) {}

    record NewDisbursement(LocalDate paidOn, Money amount, String reference) {}

    static BigDecimal amountOf(Money money) {
        return money == null ? null : money.amount();
    }

    static String currencyOf(Money money) {
        return money == null ? null : money.currency();
    }

    @GetMapping
    @Operation(
            summary =
                    "Programmes in the caller's scope (donor: their programmes; coordinator: those covering their jurisdictions; admin: all)")
    PageResponse<ProgrammeSummary> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(programmes.inScope(PageResponse.request(page, size)));
    }

    @PostMapping
    @Operation(summary = "Open a programme (admin)")
    ResponseEntity<ProgrammeDetail> open(@RequestBody Opening body) {
        var p = programmes.create(new NewProgramme(
                body.code(),
                body.title(),
                body.donor(),
                amountOf(body.amount()),
                currencyOf(body.amount()),
                body.periodStart(),
                body.periodEnd(),
                body.jurisdictionIds(),
                body.description(),
                body.reportingOrgRef(),
                body.reportingOrgType(),
                body.implementer(),
                body.components()));
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + p.getId()))
                .body(programmes.detail(p.getId()));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A programme: donor, amount, period, jurisdictions, results framework, budget and disbursements")
    ProgrammeDetail get(@PathVariable Long id) {
        return programmes.detail(id);
    }

    record Description(
            String description,
            String reportingOrgRef,
            String reportingOrgType,
            String implementer,
            List<String> components,
            String impact) {}

    @PutMapping("/{id}")
    @Operation(
            summary =
                    "Describe the programme: description, IATI reporting organisation, implementer, components, impact (overall objective) (admin or its coordinators)")
    ProgrammeDetail describe(@PathVariable Long id, @RequestBody Description body) {
        programmes.describe(
                id,
                body.description(),
                body.reportingOrgRef(),
                body.reportingOrgType(),
                body.implementer(),
                body.components(),
                body.impact());
        return programmes.detail(id);
    }

    @GetMapping("/{id}/indicators")
    @Operation(
            summary =
                    "Indicators with baseline, target and actual as of now; computed ones are counted from the workflow over the caller's scope")
    PageResponse<IndicatorLine> indicators(
            @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(monitor.indicators(id), page, size);
    }

    @GetMapping("/{id}/dashboard")
    @Operation(
            summary =
                    "Everything the programme dashboard draws, compiled now over the caller's scope: funnel, indicators, places, money, overdue actions, decisions")
    ReportContent dashboard(@PathVariable Long id) {
        return monitor.overview(id);
    }

    @GetMapping("/{id}/indicators/{code}/counted")
    @Operation(
            summary =
                    "What a computed indicator counts: jurisdictions, assessments, strategies, actions or disbursements")
    PageResponse<CountedItem> counted(
            @PathVariable Long id,
            @PathVariable String code,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(monitor.counted(id, code), page, size);
    }

    @GetMapping("/{id}/indicators/history")
    @Operation(summary = "Monthly snapshots of the indicators (whole-programme readers only)")
    PageResponse<SnapshotPoint> history(
            @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(monitor.history(id), page, size);
    }

    @PostMapping("/{id}/results")
    @Operation(summary = "Add an outcome, or an output under an outcome (admin or the programme's coordinators)")
    ResponseEntity<ResultLine> addResult(@PathVariable Long id, @RequestBody NewResult body) {
        return ResponseEntity.status(201)
                .body(resultsFramework.addResult(
                        id, body.kind(), body.code(), body.title(), body.parentCode(), body.assumptions()));
    }

    /** {@code version}: the one read (in the programme's {@code resultVersions}). */
    record ResultBody(String title, String assumptions, Long version) {}

    @HonoursIfMatch
    @PutMapping("/{id}/results/{resultCode}")
    @Operation(
            summary =
                    "Retitle an outcome or output and restate its assumptions; version is the one read (409 if someone changed it since)")
    ResultLine reviseResult(@PathVariable Long id, @PathVariable String resultCode, @RequestBody ResultBody body) {
        if (body.version() == null) {
            throw new org.resilienceroadmap.shared.error.InvalidRequestException("version", "version is required");
        }
        return resultsFramework.reviseResult(id, resultCode, body.title(), body.assumptions(), body.version());
    }

    @PostMapping("/{id}/indicators")
    @Operation(summary = "Add an indicator to a result; with a measure its actual is counted from the workflow")
    ResponseEntity<IndicatorLine> addIndicator(@PathVariable Long id, @RequestBody IndicatorBody body) {
        return ResponseEntity.status(201).body(resultsFramework.addIndicator(id, body.resultCode(), body.spec(null)));
    }

    @HonoursIfMatch
    @PutMapping("/{id}/indicators/{code}")
    @Operation(summary = "Change an indicator's definition; version is the one read (409 if someone changed it since)")
    IndicatorLine updateIndicator(@PathVariable Long id, @PathVariable String code, @RequestBody IndicatorBody body) {
        if (body.version() == null) {
            throw new org.resilienceroadmap.shared.error.InvalidRequestException("version", "version is required");
        }
        return resultsFramework.updateIndicator(id, code, body.spec(code), body.version());
    }

    @HonoursIfMatch
    @PutMapping("/{id}/indicators/{code}/actual")
    @Operation(summary = "Report the measured value of an indicator that is not computed")
    IndicatorLine reportActual(@PathVariable Long id, @PathVariable String code, @Valid @RequestBody Actual body) {
        return resultsFramework.reportActual(id, code, body.actual(), body.measuredOn(), body.version());
    }

    @PostMapping("/{id}/budget-lines")
    @Operation(summary = "Add a budget line (in the programme's currency)")
    ResponseEntity<BudgetLineFigure> addBudgetLine(@PathVariable Long id, @RequestBody NewBudgetLine body) {
        return ResponseEntity.status(201)
                .body(budget.addBudgetLine(
                        id,
                        body.title(),
                        body.periodStart(),
                        body.periodEnd(),
                        amountOf(body.amount()),
                        currencyOf(body.amount())));
    }

    @PostMapping("/{id}/disbursements")
    @Operation(summary = "Record money paid out (in the programme's currency, not in the future)")
    ResponseEntity<DisbursementLine> disburse(@PathVariable Long id, @RequestBody NewDisbursement body) {
        return ResponseEntity.status(201)
                .body(budget.recordDisbursement(
                        id, body.paidOn(), amountOf(body.amount()), currencyOf(body.amount()), body.reference()));
    }

    static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(type)
                .body(content);
    }
}
