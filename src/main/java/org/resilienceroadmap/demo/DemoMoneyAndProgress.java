package org.resilienceroadmap.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resilienceroadmap.action.ActionBudgets;
import org.resilienceroadmap.action.BudgetedAction;
import org.resilienceroadmap.funding.MoneyAllocations;
import org.resilienceroadmap.funding.MoneyAndProgress;
import org.resilienceroadmap.funding.MoneySourceKind;
import org.resilienceroadmap.funding.NewProgramme;
import org.resilienceroadmap.funding.ProgrammeBudget;
import org.resilienceroadmap.funding.ProgrammeService;
import org.springframework.stereotype.Component;

/**
 * Money against progress for Kraljevo's actions. The EU's Central Asia programme covers neither Serbia
 * nor dinars, so the demo opens a small programme of its own invention over the West Morava cities, kept
 * in dinars like their budgets, which Serbia's coordinator manages: two payments and a grant agreement,
 * allocated so that the sirens spend well ahead of their progress and the flood map's committed money
 * sits unspent past half its period.
 */
@Component
class DemoMoneyAndProgress {

    private static final String COORDINATOR = "coordinator.serbia";
    private static final String RSD = "RSD";

    private final ProgrammeService programmes;
    private final ProgrammeBudget budget;
    private final MoneyAllocations allocations;
    private final MoneyAndProgress money;
    private final ActionBudgets actions;
    private final Clock clock;

    DemoMoneyAndProgress(
            ProgrammeService programmes,
            ProgrammeBudget budget,
            MoneyAllocations allocations,
            MoneyAndProgress money,
            ActionBudgets actions,
            Clock clock) {
        this.programmes = programmes;
        this.budget = budget;
        this.allocations = allocations;
        this.money = money;
        this.actions = actions;
        this.clock = clock;
    }

    void allocate(Map<String, Long> ids) {
        LocalDate today = LocalDate.now(clock);
        Long programme = DemoUser.as(
                "admin",
                () -> programmes
                        .create(new NewProgramme(
                                "RS-WMORAVA-DRR",
                                "Local disaster risk reduction in the West Morava basin",
                                "European Union",
                                new BigDecimal("30000000.00"),
                                RSD,
                                today.minusYears(1),
                                today.plusYears(3),
                                Set.of(ids.get("RS-KRA"), ids.get("RS-KRU"), ids.get("RS-CAC"), ids.get("RS-VBA")),
                                "Early warning, flood maps and DRR coordination of the cities that share the West "
                                        + "Morava agreement on joint multi-hazard measures.",
                                null,
                                null,
                                "City of Kraljevo",
                                List.of()))
                        .getId());
        List<BudgetedAction> kraljevo = actions.inJurisdictions(Set.of(ids.get("RS-KRA")));
        Long council = find(kraljevo, "City DRR council");
        Long sirens = find(kraljevo, "Flood early-warning sirens");
        Long floodMap = find(kraljevo, "Joint West Morava flood map");
        DemoUser.as(COORDINATOR, () -> {
            budget.recordDisbursement(programme, today.minusMonths(8), amount("8000000"), RSD, "First tranche");
            budget.recordDisbursement(programme, today.minusMonths(3), amount("6000000"), RSD, "Second tranche");
            Long grant = allocations.recordCommitment(
                    programme,
                    today.minusMonths(9),
                    amount("10000000"),
                    RSD,
                    "Grant agreement with the City of Kraljevo");
            List<Long> paid = money.read(programme).sources().stream()
                    .filter(s -> s.kind() == MoneySourceKind.DISBURSEMENT)
                    .map(s -> s.id())
                    .toList();
            spend(programme, paid.get(0), sirens, "8000000");
            spend(programme, paid.get(1), sirens, "3000000");
            spend(programme, paid.get(1), floodMap, "1500000");
            spend(programme, paid.get(1), council, "900000");
            allocations.allocate(programme, MoneySourceKind.COMMITMENT, grant, sirens, amount("6000000"), RSD);
            allocations.allocate(programme, MoneySourceKind.COMMITMENT, grant, floodMap, amount("4000000"), RSD);
            return null;
        });
    }

    private void spend(Long programme, Long disbursement, Long action, String dinars) {
        allocations.allocate(programme, MoneySourceKind.DISBURSEMENT, disbursement, action, amount(dinars), RSD);
    }

    private static Long find(List<BudgetedAction> actions, String titleStart) {
        return actions.stream()
                .filter(a -> a.title().startsWith(titleStart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Kraljevo has no action " + titleStart))
                .id();
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value).setScale(2);
    }
}
