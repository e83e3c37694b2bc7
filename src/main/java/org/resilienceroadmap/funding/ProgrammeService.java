package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programmes, their results frameworks, budgets and disbursements, read and changed within the caller's scope. */
@Service
@Transactional
public class ProgrammeService {

    public static final String SUBJECT_TYPE = "PROGRAMME";

    private final ProgrammeDirectory programmes;
    private final JurisdictionDirectory jurisdictions;
    private final ProgrammeAccess access;
    private final ProgrammeComponentRepository components;
    private final ProgrammeResultRepository results;
    private final IndicatorRepository indicators;
    private final BudgetLineRepository budgetLines;
    private final DisbursementRepository disbursements;
    private final FigureCollector collector;
    private final IndicatorBoard board;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ProgrammeService(ProgrammeDirectory programmes, JurisdictionDirectory jurisdictions, ProgrammeAccess access,
            ProgrammeComponentRepository components, ProgrammeResultRepository results,
            IndicatorRepository indicators, BudgetLineRepository budgetLines, DisbursementRepository disbursements,
            FigureCollector collector, IndicatorBoard board, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.programmes = programmes;
        this.jurisdictions = jurisdictions;
        this.access = access;
        this.components = components;
        this.results = results;
        this.indicators = indicators;
        this.budgetLines = budgetLines;
        this.disbursements = disbursements;
        this.collector = collector;
        this.board = board;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ProgrammeSummary> inScope() {
        UserScope me = currentUser.scope();
        return programmes.findAll().stream().filter(p -> access.mayRead(me, p))
                .sorted(Comparator.comparing(Programme::getTitle))
                .map(p -> summary(me, access.readable(me, p.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public ProgrammeDetail detail(Long programmeId) {
        UserScope me = currentUser.scope();
        ProgrammeScope scope = access.readable(me, programmeId);
        Programme p = scope.programme();
        ScopeFigures figures = collector.collect(scope);
        return new ProgrammeDetail(summary(me, scope), p.getDescription(), p.getReportingOrgRef(),
                p.getReportingOrgType(), p.getImplementer(),
                components.findByProgrammeIdOrderByPosition(programmeId).stream().map(ProgrammeComponent::getTitle)
                        .toList(),
                board.results(programmeId), board.lines(programmeId, figures, LocalDate.now(clock)),
                figures.spending().lines(), figures.spending().disbursements(),
                indicators.findByProgrammeIdOrderByPosition(programmeId).stream()
                        .map(i -> new ProgrammeDetail.IndicatorVersion(i.getCode(), i.getVersion())).toList());
    }

    /** Opens a programme (admins only); its donor reports start on their schedule. */
    public Programme create(NewProgramme spec) {
        UserScope me = currentUser.scope();
        if (!me.isAdmin()) {
            throw new ForbiddenException(Refusal.of("refusal.programme.onlyAdminOpens"));
        }
        String code = ProgrammeRules.code("code", spec.code());
        if (programmes.findByCode(code).isPresent()) {
            throw new ConflictException(Refusal.of("refusal.programme.codeTaken", code));
        }
        ProgrammeRules.period("periodEnd", spec.periodStart(), spec.periodEnd());
        if (spec.jurisdictionIds() == null || spec.jurisdictionIds().isEmpty()) {
            throw new InvalidRequestException("jurisdictionIds", Refusal.of("refusal.programme.coversNone"));
        }
        for (Long id : spec.jurisdictionIds()) {
            try {
                jurisdictions.get(id);
            } catch (NotFoundException e) {
                throw new InvalidRequestException("jurisdictionIds", Refusal.of("refusal.programme.noJurisdiction", String.valueOf(id)));
            }
        }
        Programme programme = programmes.create(code, ProgrammeRules.text("title", spec.title(), 400),
                ProgrammeRules.text("donor", spec.donor(), 200), ProgrammeRules.amount("amount", spec.amount(), false),
                ProgrammeRules.currency("currency", spec.currency()), spec.periodStart(), spec.periodEnd(),
                Set.copyOf(spec.jurisdictionIds()));
        describe(programme.getId(), spec.description(), spec.reportingOrgRef(), spec.reportingOrgType(),
                spec.implementer(), spec.components());
        record(me, programme.getId(), "programme:open", code);
        return programme;
    }

    /**
     * Sets what the programme's public record says beyond money and scope: description, the IATI
     * reporting organisation (identifier and two-digit type), the implementer, and the components
     * (replacing those there were).
     */
    public void describe(Long programmeId, String description, String reportingOrgRef, String reportingOrgType,
            String implementer, List<String> componentTitles) {
        UserScope me = currentUser.scope();
        access.manageable(me, programmeId);
        String orgType = ProgrammeRules.optional("reportingOrgType", reportingOrgType, 3);
        if (orgType != null && !orgType.matches("\\d{2}")) {
            throw new InvalidRequestException("reportingOrgType", Refusal.of("refusal.programme.orgType"));
        }
        String orgRef = ProgrammeRules.optional("reportingOrgRef", reportingOrgRef, 100);
        if (orgRef != null && !orgRef.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new InvalidRequestException("reportingOrgRef", Refusal.of("refusal.programme.orgRef"));
        }
        List<String> titles = componentTitles == null ? List.of() : componentTitles.stream()
                .map(t -> ProgrammeRules.text("components", t, 300)).toList();
        programmes.describe(programmeId, ProgrammeRules.optional("description", description, 4000), orgRef, orgType,
                ProgrammeRules.optional("implementer", implementer, 300));
        components.deleteAll(components.findByProgrammeIdOrderByPosition(programmeId));
        for (int i = 0; i < titles.size(); i++) {
            components.save(new ProgrammeComponent(programmeId, i + 1, titles.get(i), null));
        }
        record(me, programmeId, "programme:describe", null);
    }

    /** Adds an outcome (no parent) or an output under an outcome. */
    public ResultLine addResult(Long programmeId, ResultKind kind, String code, String title, String parentCode) {
        UserScope me = currentUser.scope();
        access.manageable(me, programmeId);
        if (kind == null) {
            throw new InvalidRequestException("kind", Refusal.of("refusal.programme.resultKind"));
        }
        String resultCode = ProgrammeRules.code("code", code);
        if (results.findByProgrammeIdAndCode(programmeId, resultCode).isPresent()) {
            throw new ConflictException(Refusal.of("refusal.programme.resultTaken", resultCode));
        }
        Long parentId = null;
        if (kind == ResultKind.OUTPUT) {
            ProgrammeResult parent = results.findByProgrammeIdAndCode(programmeId, parentCode == null ? "" : parentCode)
                    .filter(r -> r.getKind() == ResultKind.OUTCOME)
                    .orElseThrow(() -> new InvalidRequestException("parentCode", Refusal.of("refusal.programme.outputParent")));
            parentId = parent.getId();
        } else if (parentCode != null && !parentCode.isBlank()) {
            throw new InvalidRequestException("parentCode", Refusal.of("refusal.programme.outcomeParent"));
        }
        ProgrammeResult result = results.save(new ProgrammeResult(programmeId, parentId, kind, resultCode,
                ProgrammeRules.text("title", title, 500), (int) results.countByProgrammeId(programmeId) + 1));
        record(me, programmeId, "programme:add-result", resultCode);
        return new ResultLine(result.getCode(), result.getTitle(), kind, parentCode);
    }

    public IndicatorLine addIndicator(Long programmeId, String resultCode, IndicatorSpec spec) {
        UserScope me = currentUser.scope();
        ProgrammeScope scope = access.manageable(me, programmeId);
        ProgrammeResult result = results.findByProgrammeIdAndCode(programmeId, resultCode == null ? "" : resultCode)
                .orElseThrow(() -> new InvalidRequestException("resultCode", Refusal.of("refusal.programme.noResult", resultCode)));
        IndicatorSpec checked = check(spec);
        if (indicators.findByProgrammeIdAndCode(programmeId, checked.code()).isPresent()) {
            throw new ConflictException(Refusal.of("refusal.programme.indicatorTaken", checked.code()));
        }
        Indicator indicator = indicators.save(new Indicator(programmeId, result.getId(),
                (int) indicators.countByProgrammeId(programmeId) + 1, checked));
        record(me, programmeId, "programme:add-indicator", checked.code());
        return board.line(indicator, result, collector.collect(scope), LocalDate.now(clock));
    }

    /** Changes an indicator's definition; {@code version} is the one the editor started from. */
    public IndicatorLine updateIndicator(Long programmeId, String code, IndicatorSpec spec, long version) {
        UserScope me = currentUser.scope();
        ProgrammeScope scope = access.manageable(me, programmeId);
        Indicator indicator = indicator(programmeId, code);
        stale(indicator, version);
        IndicatorSpec checked = check(new IndicatorSpec(code, spec.name(), spec.unit(), spec.measure(), spec.baseline(),
                spec.baselineYear(), spec.target(), spec.targetYear(), spec.meansOfVerification(), spec.direction(),
                spec.allEssentials()));
        indicator.apply(checked);
        record(me, programmeId, "programme:edit-indicator", code);
        return board.line(indicator, results.findById(indicator.getResultId()).orElse(null), collector.collect(scope),
                LocalDate.now(clock));
    }

    /** Records what a person measured for an indicator that is not counted from the workflow. */
    public IndicatorLine reportActual(Long programmeId, String code, BigDecimal value, LocalDate on, long version) {
        UserScope me = currentUser.scope();
        ProgrammeScope scope = access.manageable(me, programmeId);
        Indicator indicator = indicator(programmeId, code);
        if (indicator.isComputed()) {
            throw new InvalidRequestException("actual", Refusal.of("refusal.programme.counted"));
        }
        stale(indicator, version);
        if (value == null) {
            throw new InvalidRequestException("actual", Refusal.of("refusal.field.required", new Refusal.Text("refusal.fieldName.actual")));
        }
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("measuredOn", Refusal.of("refusal.programme.measuredFuture"));
        }
        indicator.report(value, day);
        audit.record(new AuditEntry(me.username(), SUBJECT_TYPE, String.valueOf(programmeId), "programme:report-actual",
                null, value.toPlainString(), null, code));
        return board.line(indicator, results.findById(indicator.getResultId()).orElse(null), collector.collect(scope),
                LocalDate.now(clock));
    }

    public BudgetLineFigure addBudgetLine(Long programmeId, String title, LocalDate start, LocalDate end,
            BigDecimal amount, String currency) {
        UserScope me = currentUser.scope();
        Programme programme = access.manageable(me, programmeId).programme();
        ProgrammeRules.period("periodEnd", start, end);
        BudgetLine line = budgetLines.save(new BudgetLine(programmeId, ProgrammeRules.text("title", title, 300), start,
                end, ProgrammeRules.amount("amount", amount, true), sameCurrency(programme, currency)));
        record(me, programmeId, "programme:add-budget-line", line.getTitle());
        return line.figure();
    }

    public DisbursementLine recordDisbursement(Long programmeId, LocalDate paidOn, BigDecimal amount, String currency,
            String reference) {
        UserScope me = currentUser.scope();
        Programme programme = access.manageable(me, programmeId).programme();
        if (paidOn == null) {
            throw new InvalidRequestException("paidOn", Refusal.of("refusal.field.required", new Refusal.Text("refusal.fieldName.paidOn")));
        }
        if (paidOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("paidOn", Refusal.of("refusal.programme.paidAhead"));
        }
        Disbursement paid = disbursements.save(new Disbursement(programmeId, paidOn,
                ProgrammeRules.amount("amount", amount, true), sameCurrency(programme, currency),
                ProgrammeRules.optional("reference", reference, 200), me.username(), Instant.now(clock)));
        audit.record(new AuditEntry(me.username(), SUBJECT_TYPE, String.valueOf(programmeId), "programme:disburse",
                null, paid.getAmount().toPlainString() + " " + paid.getCurrency(), paid.getReference(), null));
        return paid.line();
    }

    /** The jurisdictions an admin may choose from when opening a programme. */
    @Transactional(readOnly = true)
    public List<Jurisdiction> coverable() {
        if (!currentUser.scope().isAdmin()) {
            throw new ForbiddenException(Refusal.of("refusal.programme.onlyAdminOpens"));
        }
        return jurisdictions.findAll().stream().sorted(Comparator.comparing(Jurisdiction::getName)).toList();
    }

    private ProgrammeSummary summary(UserScope me, ProgrammeScope scope) {
        Programme p = scope.programme();
        List<Jurisdiction> places = jurisdictions.findAll(p.getJurisdictionIds());
        List<String> covered = places.stream().map(Jurisdiction::getName).sorted().toList();
        return new ProgrammeSummary(p.getId(), p.getCode(), p.getTitle(), p.getDonor(), p.getAmount(),
                p.getCurrency(), p.getPeriodStart(), p.getPeriodEnd(), covered, scope.whole(), access.mayManage(me, p),
                places.stream().map(Jurisdiction::names).toList());
    }

    private IndicatorSpec check(IndicatorSpec spec) {
        if (spec == null) {
            throw new InvalidRequestException("indicator", Refusal.of("refusal.programme.indicatorMissing"));
        }
        if (Boolean.TRUE.equals(spec.allEssentials()) && (spec.measure() == null || !spec.measure().readsEssentials())) {
            throw new InvalidRequestException("allEssentials", Refusal.of("refusal.programme.allEssentialsOnlyShare"));
        }
        String unit = spec.measure() != null && (spec.unit() == null || spec.unit().isBlank()) ? spec.measure().unit()
                : ProgrammeRules.text("unit", spec.unit(), 40);
        if (spec.baseline() != null && spec.baseline().signum() < 0 || spec.target() != null && spec.target().signum() < 0) {
            throw new InvalidRequestException(spec.target() != null && spec.target().signum() < 0 ? "target" : "baseline",
                    Refusal.of("refusal.programme.negative"));
        }
        Integer baselineYear = ProgrammeRules.year("baselineYear", spec.baselineYear());
        Integer targetYear = ProgrammeRules.year("targetYear", spec.targetYear());
        if (baselineYear != null && targetYear != null && targetYear < baselineYear) {
            throw new InvalidRequestException("targetYear", Refusal.of("refusal.programme.targetBeforeBaseline"));
        }
        return new IndicatorSpec(ProgrammeRules.code("code", spec.code()), ProgrammeRules.text("name", spec.name(), 500),
                unit, spec.measure(), spec.baseline(), baselineYear, spec.target(), targetYear,
                ProgrammeRules.optional("meansOfVerification", spec.meansOfVerification(), 1000), spec.direction(),
                spec.allEssentials());
    }

    private Indicator indicator(Long programmeId, String code) {
        return indicators.findByProgrammeIdAndCode(programmeId, code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("Indicator", code));
    }

    private static void stale(Indicator indicator, long version) {
        if (indicator.getVersion() != version) {
            throw new ConflictException(Refusal.of("refusal.programme.indicatorStale", indicator.getCode()));
        }
    }

    private static String sameCurrency(Programme programme, String currency) {
        String c = ProgrammeRules.currency("currency", currency);
        if (programme.getCurrency() != null && !programme.getCurrency().equals(c)) {
            throw new InvalidRequestException("currency", Refusal.of("refusal.programme.currency", programme.getCurrency()));
        }
        return c;
    }

    private void record(UserScope me, Long programmeId, String what, String reference) {
        audit.record(new AuditEntry(me.username(), SUBJECT_TYPE, String.valueOf(programmeId), what, null, null, null,
                reference));
    }
}
