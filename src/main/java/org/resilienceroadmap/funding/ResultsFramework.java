package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's results framework, changed by who manages the programme: outcomes ▸ outputs ▸
 * indicators, each indicator's definition, and what a person measured for one not counted from
 * the workflow.
 */
@Service
@Transactional
public class ResultsFramework {

    /** As long as the columns hold (V30). */
    static final int ASSUMPTIONS_MAX = 2000;

    static final int IMPACT_MAX = 2000;

    private final ProgrammeAccess access;
    private final ProgrammeResultRepository results;
    private final IndicatorRepository indicators;
    private final ProgrammeImpactRepository impacts;
    private final FigureCollector collector;
    private final IndicatorBoard board;
    private final CurrentUser currentUser;
    private final ProgrammeAudit audit;
    private final Clock clock;

    ResultsFramework(
            ProgrammeAccess access,
            ProgrammeResultRepository results,
            IndicatorRepository indicators,
            ProgrammeImpactRepository impacts,
            FigureCollector collector,
            IndicatorBoard board,
            CurrentUser currentUser,
            ProgrammeAudit audit,
            Clock clock) {
        this.access = access;
        this.results = results;
        this.indicators = indicators;
        this.impacts = impacts;
        this.collector = collector;
        this.board = board;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds an outcome (no parent) or an output under an outcome, assuming nothing. */
    public ResultLine addResult(Long programmeId, ResultKind kind, String code, String title, String parentCode) {
        return addResult(programmeId, kind, code, title, parentCode, null);
    }

    /**
     * Adds an outcome (no parent) or an output under an outcome, with what it assumes holds outside the
     * programme's control (optional).
     */
    public ResultLine addResult(
            Long programmeId, ResultKind kind, String code, String title, String parentCode, String assumptions) {
        UserScope me = currentUser.scope();
        access.manageable(me, programmeId);
        if (kind == null) {
            throw new InvalidRequestException("kind", Refusal.of("refusal.programme.resultKind"));
        }
        String resultCode = ProgrammeRules.code("code", code, ProgrammeRules.FRAMEWORK_CODE);
        if (results.findByProgrammeIdAndCode(programmeId, resultCode).isPresent()) {
            throw new ConflictException(Refusal.of("refusal.programme.resultTaken", resultCode));
        }
        Long parentId = null;
        if (kind == ResultKind.OUTPUT) {
            ProgrammeResult parent = results.findByProgrammeIdAndCode(programmeId, parentCode == null ? "" : parentCode)
                    .filter(r -> r.getKind() == ResultKind.OUTCOME)
                    .orElseThrow(() ->
                            new InvalidRequestException("parentCode", Refusal.of("refusal.programme.outputParent")));
            parentId = parent.getId();
        } else if (parentCode != null && !parentCode.isBlank()) {
            throw new InvalidRequestException("parentCode", Refusal.of("refusal.programme.outcomeParent"));
        }
        ProgrammeResult result = results.save(new ProgrammeResult(
                programmeId,
                parentId,
                kind,
                resultCode,
                ProgrammeRules.text("title", title, 500),
                ProgrammeRules.optional("assumptions", assumptions, ASSUMPTIONS_MAX),
                (int) results.countByProgrammeId(programmeId) + 1));
        audit.record(me, programmeId, "programme:add-result", resultCode);
        return new ResultLine(result.getCode(), result.getTitle(), kind, parentCode, result.getAssumptions());
    }

    /** Retitles an outcome or output and restates its assumptions; {@code version} is the one the editor started from. */
    public ResultLine reviseResult(Long programmeId, String code, String title, String assumptions, long version) {
        UserScope me = currentUser.scope();
        access.manageable(me, programmeId);
        ProgrammeResult result = results.findByProgrammeIdAndCode(programmeId, code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("Result", code));
        if (result.getVersion() != version) {
            throw new ConflictException(Refusal.of("refusal.programme.resultStale", result.getCode()));
        }
        result.revise(
                ProgrammeRules.text("title", title, 500),
                ProgrammeRules.optional("assumptions", assumptions, ASSUMPTIONS_MAX));
        audit.record(me, programmeId, "programme:revise-result", result.getCode());
        String parent = result.getParentId() == null
                ? null
                : results.findById(result.getParentId())
                        .map(ProgrammeResult::getCode)
                        .orElse(null);
        return new ResultLine(result.getCode(), result.getTitle(), result.getKind(), parent, result.getAssumptions());
    }

    /** States the programme's impact (its overall objective); blank removes it. */
    public void describeImpact(Long programmeId, String statement) {
        UserScope me = currentUser.scope();
        access.manageable(me, programmeId);
        String text = ProgrammeRules.optional("impact", statement, IMPACT_MAX);
        var existing = impacts.findByProgrammeId(programmeId);
        if (text == null) {
            existing.ifPresent(impacts::delete);
        } else if (existing.isPresent()) {
            existing.get().restate(text);
        } else {
            impacts.save(new ProgrammeImpact(programmeId, text));
        }
        audit.record(me, programmeId, "programme:describe-impact", null);
    }

    List<ProgrammeDetail.ResultVersion> resultVersions(Long programmeId) {
        return results.findByProgrammeIdOrderByPosition(programmeId).stream()
                .map(r -> new ProgrammeDetail.ResultVersion(r.getCode(), r.getVersion()))
                .toList();
    }

    /** The programme's impact statement, or null; for callers that have checked the reader may see the programme. */
    String impactOf(Long programmeId) {
        return impacts.findByProgrammeId(programmeId)
                .map(ProgrammeImpact::getStatement)
                .orElse(null);
    }

    public IndicatorLine addIndicator(Long programmeId, String resultCode, IndicatorSpec spec) {
        UserScope me = currentUser.scope();
        ProgrammeScope scope = access.manageable(me, programmeId);
        ProgrammeResult result = results.findByProgrammeIdAndCode(programmeId, resultCode == null ? "" : resultCode)
                .orElseThrow(() -> new InvalidRequestException(
                        "resultCode", Refusal.of("refusal.programme.noResult", resultCode)));
        IndicatorSpec checked = check(spec);
        if (indicators.findByProgrammeIdAndCode(programmeId, checked.code()).isPresent()) {
            throw new ConflictException(Refusal.of("refusal.programme.indicatorTaken", checked.code()));
        }
        Indicator indicator = indicators.save(new Indicator(
                programmeId, result.getId(), (int) indicators.countByProgrammeId(programmeId) + 1, checked));
        audit.record(me, programmeId, "programme:add-indicator", checked.code());
        return board.line(indicator, result, collector.collect(scope), LocalDate.now(clock));
    }

    /** Changes an indicator's definition; {@code version} is the one the editor started from. */
    public IndicatorLine updateIndicator(Long programmeId, String code, IndicatorSpec spec, long version) {
        UserScope me = currentUser.scope();
        ProgrammeScope scope = access.manageable(me, programmeId);
        Indicator indicator = indicator(programmeId, code);
        stale(indicator, version);
        IndicatorSpec checked = check(new IndicatorSpec(
                code,
                spec.name(),
                spec.unit(),
                spec.measure(),
                spec.baseline(),
                spec.baselineYear(),
                spec.target(),
                spec.targetYear(),
                spec.meansOfVerification(),
                spec.direction(),
                spec.allEssentials()));
        indicator.apply(checked);
        audit.record(me, programmeId, "programme:edit-indicator", code);
        return board.line(
                indicator,
                results.findById(indicator.getResultId()).orElse(null),
                collector.collect(scope),
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
            throw new InvalidRequestException(
                    "actual", Refusal.of("refusal.field.required", new Refusal.Text("refusal.fieldName.actual")));
        }
        ProgrammeRules.figure("actual", value);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("measuredOn", Refusal.of("refusal.programme.measuredFuture"));
        }
        indicator.report(value, day);
        audit.recordChange(me, programmeId, "programme:report-actual", null, value.toPlainString(), null, code);
        return board.line(
                indicator,
                results.findById(indicator.getResultId()).orElse(null),
                collector.collect(scope),
                LocalDate.now(clock));
    }

    private IndicatorSpec check(IndicatorSpec spec) {
        if (spec == null) {
            throw new InvalidRequestException("indicator", Refusal.of("refusal.programme.indicatorMissing"));
        }
        if (Boolean.TRUE.equals(spec.allEssentials())
                && (spec.measure() == null || !spec.measure().readsEssentials())) {
            throw new InvalidRequestException("allEssentials", Refusal.of("refusal.programme.allEssentialsOnlyShare"));
        }
        String unit =
                spec.measure() != null && (spec.unit() == null || spec.unit().isBlank())
                        ? spec.measure().unit()
                        : ProgrammeRules.text("unit", spec.unit(), 40);
        if (spec.baseline() != null && spec.baseline().signum() < 0
                || spec.target() != null && spec.target().signum() < 0) {
            throw new InvalidRequestException(
                    spec.target() != null && spec.target().signum() < 0 ? "target" : "baseline",
                    Refusal.of("refusal.programme.negative"));
        }
        Integer baselineYear = ProgrammeRules.year("baselineYear", spec.baselineYear());
        Integer targetYear = ProgrammeRules.year("targetYear", spec.targetYear());
        if (baselineYear != null && targetYear != null && targetYear < baselineYear) {
            throw new InvalidRequestException("targetYear", Refusal.of("refusal.programme.targetBeforeBaseline"));
        }
        return new IndicatorSpec(
                ProgrammeRules.code("code", spec.code(), ProgrammeRules.FRAMEWORK_CODE),
                ProgrammeRules.text("name", spec.name(), 500),
                unit,
                spec.measure(),
                ProgrammeRules.figure("baseline", spec.baseline()),
                baselineYear,
                ProgrammeRules.figure("target", spec.target()),
                targetYear,
                ProgrammeRules.optional("meansOfVerification", spec.meansOfVerification(), 1000),
                spec.direction(),
                spec.allEssentials());
    }

    private Indicator indicator(Long programmeId, String code) {
        return indicators
                .findByProgrammeIdAndCode(programmeId, code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("Indicator", code));
    }

    private static void stale(Indicator indicator, long version) {
        if (indicator.getVersion() != version) {
            throw new ConflictException(Refusal.of("refusal.programme.indicatorStale", indicator.getCode()));
        }
    }
}
