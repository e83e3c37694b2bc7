package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resilienceroadmap.action.ActionBudgets;
import org.resilienceroadmap.action.BudgetedAction;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a programme's money against the progress of the actions it funds: the actions of the reader's
 * jurisdictions that name the programme or got some of its money, grouped by country and city, with
 * the two flags of {@link MoneyFlags}. Donors and coordinators in scope read; {@link MoneyAllocations} writes.
 */
@Service
@Transactional(readOnly = true)
public class MoneyAndProgress {

    private final ProgrammeAccess access;
    private final MoneyAllocationRepository allocations;
    private final DisbursementRepository disbursements;
    private final CommitmentRepository commitments;
    private final ActionBudgets actions;
    private final JurisdictionDirectory jurisdictions;
    private final FundingSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    MoneyAndProgress(
            ProgrammeAccess access,
            MoneyAllocationRepository allocations,
            DisbursementRepository disbursements,
            CommitmentRepository commitments,
            ActionBudgets actions,
            JurisdictionDirectory jurisdictions,
            FundingSettings settings,
            CurrentUser currentUser,
            Clock clock) {
        this.access = access;
        this.allocations = allocations;
        this.disbursements = disbursements;
        this.commitments = commitments;
        this.actions = actions;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public MoneyProgress read(Long programmeId) {
        UserScope me = currentUser.scope();
        ProgrammeScope scope = access.readable(me, programmeId);
        return assemble(scope, access.mayManage(me, scope.programme()));
    }

    /** The actions a manager may allocate to: those of the covered jurisdictions, not cancelled, by title. */
    public List<BudgetedAction> allocatable(Long programmeId) {
        ProgrammeScope scope = access.manageable(currentUser.scope(), programmeId);
        return actions.inJurisdictions(scope.jurisdictionIds()).stream()
                .filter(a -> MoneyAllocations.mayReceive(a, scope.programme()) == null)
                .sorted(Comparator.comparing(BudgetedAction::title))
                .toList();
    }

    MoneyProgress assemble(ProgrammeScope scope, boolean mayManage) {
        Long programmeId = scope.programme().getId();
        String currency = scope.programme().getCurrency();
        LocalDate today = LocalDate.now(clock);
        List<MoneyAllocation> all = allocations.findByProgrammeIdOrderByIdAsc(programmeId);
        List<BudgetedAction> funded = actions.funded(
                scope.jurisdictionIds(),
                programmeId,
                all.stream().map(MoneyAllocation::getActionId).collect(Collectors.toSet()));
        Map<Long, BudgetedAction> byId =
                funded.stream().collect(Collectors.toMap(BudgetedAction::id, Function.identity()));
        List<MoneyAllocation> visible =
                all.stream().filter(a -> byId.containsKey(a.getActionId())).toList();
        // Each action's committed and spent sums, added up once: per action over all allocations was
        // actions times allocations.
        Map<Long, Map<MoneySourceKind, BigDecimal>> totals = new HashMap<>();
        visible.forEach(a -> totals.computeIfAbsent(a.getActionId(), k -> new EnumMap<>(MoneySourceKind.class))
                .merge(a.getSourceKind(), a.getAmount(), BigDecimal::add));
        Map<Long, MoneyProgress.ActionRow> rows = new LinkedHashMap<>();
        for (BudgetedAction a : funded) {
            rows.put(a.id(), row(a, totals.getOrDefault(a.id(), Map.of()), currency, today));
        }
        List<MoneyProgress.Country> countries = group(funded, rows, currency);
        return new MoneyProgress(
                programmeId,
                currency,
                settings.spendingAheadMargin(),
                today,
                scope.whole(),
                mayManage,
                sum(List.copyOf(rows.values()), currency),
                countries,
                mayManage ? sources(programmeId, all) : List.of(),
                visible.stream()
                        .map(a -> new MoneyProgress.Allocation(
                                a.getId(),
                                a.getVersion(),
                                a.getSourceKind(),
                                a.getSourceId(),
                                a.getActionId(),
                                byId.get(a.getActionId()).title(),
                                a.getAmount(),
                                a.getCurrency(),
                                a.getAllocatedBy(),
                                a.getAllocatedAt()))
                        .toList());
    }

    private MoneyProgress.ActionRow row(
            BudgetedAction a, Map<MoneySourceKind, BigDecimal> totals, String currency, LocalDate today) {
        BigDecimal committed = totals.getOrDefault(MoneySourceKind.COMMITMENT, BigDecimal.ZERO);
        BigDecimal spent = totals.getOrDefault(MoneySourceKind.DISBURSEMENT, BigDecimal.ZERO);
        String budgetCurrency = a.budget() == null ? null : a.budget().currency();
        BigDecimal budget = a.budget() == null || !currency.equals(budgetCurrency)
                ? null
                : a.budget().amount();
        BigDecimal done = BigDecimal.valueOf(a.percentDone());
        boolean ahead = MoneyFlags.spendingAhead(spent, budget, done, settings.spendingAheadMargin());
        boolean idle = MoneyFlags.unspentPastHalf(committed, spent, a.start(), a.due(), today);
        return new MoneyProgress.ActionRow(
                a.id(),
                a.title(),
                a.start(),
                a.due(),
                a.status(),
                budgetCurrency,
                new MoneyProgress.Figures(
                        budget,
                        committed,
                        spent,
                        MoneyFlags.percent(spent, budget),
                        done,
                        ahead ? 1 : 0,
                        idle ? 1 : 0,
                        currency));
    }

    private List<MoneyProgress.Country> group(
            List<BudgetedAction> funded, Map<Long, MoneyProgress.ActionRow> rows, String currency) {
        Set<Long> places = funded.stream().map(BudgetedAction::jurisdictionId).collect(Collectors.toSet());
        Map<Long, Jurisdiction> cities = jurisdictions.findAll(places).stream()
                .collect(Collectors.toMap(Jurisdiction::getId, Function.identity()));
        Map<Long, Map<Long, List<MoneyProgress.ActionRow>>> tree = new LinkedHashMap<>();
        for (BudgetedAction a : funded) {
            tree.computeIfAbsent(countryOf(a.jurisdictionId()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.jurisdictionId(), k -> new ArrayList<>())
                    .add(rows.get(a.id()));
        }
        Map<Long, Jurisdiction> countries = jurisdictions.findAll(tree.keySet()).stream()
                .collect(Collectors.toMap(Jurisdiction::getId, Function.identity()));
        List<MoneyProgress.Country> result = new ArrayList<>();
        tree.forEach((countryId, byCity) -> {
            List<MoneyProgress.City> cityRows = new ArrayList<>();
            byCity.forEach((cityId, actionRows) -> {
                Jurisdiction city = cities.get(cityId);
                cityRows.add(new MoneyProgress.City(
                        cityId, city.getName(), city.names(), sum(actionRows, currency), List.copyOf(actionRows)));
            });
            cityRows.sort(Comparator.comparing(MoneyProgress.City::name));
            Jurisdiction country = countries.get(countryId);
            List<MoneyProgress.ActionRow> under =
                    cityRows.stream().flatMap(c -> c.actions().stream()).toList();
            result.add(new MoneyProgress.Country(
                    countryId, country.getName(), country.names(), sum(under, currency), List.copyOf(cityRows)));
        });
        result.sort(Comparator.comparing(MoneyProgress.Country::name));
        return List.copyOf(result);
    }

    /** The country above a place (the place itself when it is one; the top of its tree when none is). */
    private Long countryOf(Long jurisdictionId) {
        List<Long> chain = jurisdictions.ancestryIds(jurisdictionId);
        for (Jurisdiction j : jurisdictions.findAll(chain)) {
            if (j.getLevel() == JurisdictionLevel.COUNTRY) {
                return j.getId();
            }
        }
        return chain.isEmpty() ? jurisdictionId : chain.get(chain.size() - 1);
    }

    private static MoneyProgress.Figures sum(List<MoneyProgress.ActionRow> rows, String currency) {
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal spentOfBudgeted = BigDecimal.ZERO;
        int ahead = 0;
        int idle = 0;
        for (MoneyProgress.ActionRow r : rows) {
            MoneyProgress.Figures f = r.figures();
            if (f.budget() != null) {
                budget = budget.add(f.budget());
                spentOfBudgeted = spentOfBudgeted.add(f.spent());
            }
            committed = committed.add(f.committed());
            spent = spent.add(f.spent());
            ahead += f.spendingAhead();
            idle += f.unspentPastHalf();
        }
        return new MoneyProgress.Figures(
                budget,
                committed,
                spent,
                MoneyFlags.percent(spentOfBudgeted, budget),
                MoneyFlags.weightedDone(rows, currency),
                ahead,
                idle,
                currency);
    }

    private List<MoneyProgress.Source> sources(Long programmeId, List<MoneyAllocation> all) {
        List<MoneyProgress.Source> sources = new ArrayList<>();
        for (Disbursement d : disbursements.findByProgrammeIdOrderByPaidOnAscIdAsc(programmeId)) {
            sources.add(source(
                    MoneySourceKind.DISBURSEMENT,
                    d.getId(),
                    d.getPaidOn(),
                    d.getAmount(),
                    d.getCurrency(),
                    d.getReference(),
                    d.getVersion(),
                    all));
        }
        for (Commitment c : commitments.findByProgrammeIdOrderByCommittedOnAscIdAsc(programmeId)) {
            sources.add(source(
                    MoneySourceKind.COMMITMENT,
                    c.getId(),
                    c.getCommittedOn(),
                    c.getAmount(),
                    c.getCurrency(),
                    c.getNote(),
                    c.getVersion(),
                    all));
        }
        return List.copyOf(sources);
    }

    private static MoneyProgress.Source source(
            MoneySourceKind kind,
            Long id,
            LocalDate on,
            BigDecimal amount,
            String currency,
            String label,
            long version,
            List<MoneyAllocation> all) {
        BigDecimal allocated = all.stream()
                .filter(a -> a.getSourceKind() == kind && a.getSourceId().equals(id))
                .map(MoneyAllocation::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new MoneyProgress.Source(
                kind, id, on, amount, currency, label, allocated, amount.subtract(allocated), version);
    }
}
