package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resilienceroadmap.action.ActionCounts;
import org.resilienceroadmap.action.ActionFigures;
import org.resilienceroadmap.assessment.AssessmentFigures;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.strategy.StrategyFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what a programme scope's indicators are counted from: a handful of grouped queries, no per-row reads. */
@Component
class FigureCollector {

    private final JurisdictionDirectory jurisdictions;
    private final AssessmentFigures assessments;
    private final StrategyFigures strategies;
    private final ActionFigures actions;
    private final BudgetLineRepository budgetLines;
    private final DisbursementRepository disbursements;

    FigureCollector(
            JurisdictionDirectory jurisdictions,
            AssessmentFigures assessments,
            StrategyFigures strategies,
            ActionFigures actions,
            BudgetLineRepository budgetLines,
            DisbursementRepository disbursements) {
        this.jurisdictions = jurisdictions;
        this.assessments = assessments;
        this.strategies = strategies;
        this.actions = actions;
        this.budgetLines = budgetLines;
        this.disbursements = disbursements;
    }

    @Transactional(readOnly = true)
    ScopeFigures collect(ProgrammeScope scope) {
        List<Jurisdiction> covered = jurisdictions.findAll(scope.jurisdictionIds()).stream()
                .sorted(Comparator.comparing(Jurisdiction::getName))
                .toList();
        Map<Long, Jurisdiction> byId = covered.stream()
                .collect(Collectors.toMap(Jurisdiction::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, ActionCounts> counts = actions.countsByJurisdiction(scope.jurisdictionIds()).stream()
                .collect(Collectors.toMap(ActionCounts::jurisdictionId, Function.identity()));
        var adopted = strategies.adoptedIn(scope.jurisdictionIds());
        return new ScopeFigures(
                covered,
                byId,
                assessments.validatedIn(scope.jurisdictionIds()),
                adopted,
                counts,
                spending(scope.programme()),
                strategies.coveringAllTenEssentials(
                        adopted.stream().map(s -> s.getStrategyId()).toList()));
    }

    Spending spending(Programme programme) {
        var lines = budgetLines.findByProgrammeIdOrderByPeriodStartAscIdAsc(programme.getId()).stream()
                .map(BudgetLine::figure)
                .toList();
        var paid = disbursements.findByProgrammeIdOrderByPaidOnAscIdAsc(programme.getId()).stream()
                .map(Disbursement::line)
                .toList();
        BigDecimal budgeted = lines.stream().map(BudgetLineFigure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal disbursed = paid.stream().map(DisbursementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Spending(programme.getAmount(), budgeted, disbursed, programme.getCurrency(), lines, paid);
    }
}
