package org.resilienceroadmap.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.resilienceroadmap.funding.DonorReports;
import org.resilienceroadmap.funding.IndicatorMeasure;
import org.resilienceroadmap.funding.IndicatorSpec;
import org.resilienceroadmap.funding.ProgrammeBudget;
import org.resilienceroadmap.funding.ProgrammeService;
import org.resilienceroadmap.funding.ResultKind;
import org.resilienceroadmap.funding.ResultsFramework;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.stereotype.Component;

/**
 * The EU's Central Asia programme as its results framework, budget and payments would stand: the
 * components of the press release, indicators counted from the roadmap where the work happens in
 * this system (assessments, strategies, actions, money) and reported by hand where it does not (a
 * regional strategy adopted in Tashkent in November 2021). The budget split and the payments are the
 * demo's invention. Reporting is opened; the programme has ended, so its final report is compiled at
 * once, signed off by the regional centre and waits for donor.eu's acknowledgement.
 */
@Component
class DemoEuProgramme {

    static final String COORDINATOR = "coordinator.centralasia";

    private final ProgrammeService programmes;
    private final ProgrammeBudget budget;
    private final ResultsFramework resultsFramework;
    private final DonorReports reports;
    private final ManagementService management;
    private final org.camunda.bpm.engine.RuntimeService runtime;
    private final TaskInbox inbox;

    DemoEuProgramme(
            ProgrammeService programmes,
            ProgrammeBudget budget,
            ResultsFramework resultsFramework,
            DonorReports reports,
            ManagementService management,
            org.camunda.bpm.engine.RuntimeService runtime,
            TaskInbox inbox) {
        this.runtime = runtime;
        this.programmes = programmes;
        this.budget = budget;
        this.resultsFramework = resultsFramework;
        this.reports = reports;
        this.management = management;
        this.inbox = inbox;
    }

    void fill(Long programme) {
        DemoUser.as("admin", () -> {
            framework(programme);
            money(programme);
            reports.openReporting(programme);
            return null;
        });
        // The engine's job executor would fire the past-due timer within seconds; the demo fires it now.
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey("donor-report")
                .processInstanceBusinessKey(String.valueOf(programme))
                .singleResult()
                .getId();
        management
                .createJobQuery()
                .processInstanceId(instance)
                .list()
                .forEach(job -> management.executeJob(job.getId()));
        TaskItem signOff = DemoUser.as(COORDINATOR, inbox::openTasks).stream()
                .filter(t -> t.taskKey().equals("Task_SignOff"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The final report was not compiled"));
        Long report = Long.valueOf(signOff.subjectId());
        DemoUser.as(COORDINATOR, () -> {
            var draft = reports.view(report);
            reports.editNarrative(report, NARRATIVE, draft.version());
            inbox.complete(signOff.id(), "approve", null, Map.of());
            return null;
        });
    }

    private void framework(Long p) {
        programmes.describe(
                p,
                "Strengthens disaster resilience and accelerates the implementation of the Sendai "
                        + "Framework in Central Asia: regional cooperation, national strategies and loss databases, and "
                        + "resilience assessments and strategies of capital cities.",
                "XI-IATI-EC_INTPA",
                "40",
                "UNDRR Regional Office for Europe and Central Asia",
                List.of(
                        "Regional: coordination, regional DRR strategy, regional disaster loss database, CESDRR as "
                                + "centre of excellence and secretariat of the regional platform",
                        "National: national DRR strategies, national disaster loss databases, national DRR platforms",
                        "Local: resilience assessments and strategies of capital cities"));
        resultsFramework.describeImpact(
                p,
                "Disaster losses in Central Asia fall and the region's cities grow more resilient, in line with "
                        + "the Sendai Framework targets for 2030.");
        resultsFramework.addResult(
                p,
                ResultKind.OUTCOME,
                "OC1",
                "Regional cooperation on disaster risk reduction is strengthened",
                null,
                "The five governments keep their commitment to the regional platform and CESDRR.");
        resultsFramework.addResult(
                p,
                ResultKind.OUTPUT,
                "OP1.1",
                "A regional DRR cooperation strategy 2022–2030 is adopted",
                "OC1",
                "The heads of the national emergency agencies meet at least once a year.");
        resultsFramework.addResult(
                p,
                ResultKind.OUTCOME,
                "OC2",
                "Cities know their disaster risk and plan to reduce it",
                null,
                "City budgets fund the actions the strategies name; no major disaster diverts the city administrations.");
        resultsFramework.addResult(
                p,
                ResultKind.OUTPUT,
                "OP2.1",
                "Cities have assessed their resilience on the Ten Essentials",
                "OC2",
                "City departments share their data with the working groups.");
        resultsFramework.addResult(
                p,
                ResultKind.OUTPUT,
                "OP2.2",
                "Cities have adopted local DRR strategies and carry out their actions",
                "OC2",
                "City councils adopt the strategies within the programme period.");
        resultsFramework.addIndicator(
                p,
                "OP1.1",
                new IndicatorSpec(
                        "I1.1",
                        "Regional DRR cooperation strategy adopted by "
                                + "the heads of the national emergency agencies",
                        "count",
                        null,
                        BigDecimal.ZERO,
                        2020,
                        BigDecimal.ONE,
                        2021,
                        "Decision of the Forum of heads of national emergency management agencies"));
        resultsFramework.addIndicator(
                p,
                "OP2.1",
                new IndicatorSpec(
                        "I2.1",
                        "Jurisdictions that have joined MCR2030",
                        null,
                        IndicatorMeasure.JURISDICTIONS_JOINED,
                        BigDecimal.ZERO,
                        2020,
                        new BigDecimal("6"),
                        2023,
                        "Roadmap records in Resilience Roadmap"));
        resultsFramework.addIndicator(
                p,
                "OP2.1",
                new IndicatorSpec(
                        "I2.2",
                        "Resilience assessments validated by a " + "coordinator",
                        null,
                        IndicatorMeasure.ASSESSMENTS_VALIDATED,
                        BigDecimal.ZERO,
                        2020,
                        new BigDecimal("5"),
                        2023,
                        "Validated scorecard assessments"));
        resultsFramework.addIndicator(
                p,
                "OP2.2",
                new IndicatorSpec(
                        "I2.3",
                        "Cities and countries with an adopted DRR " + "strategy",
                        null,
                        IndicatorMeasure.STRATEGIES_ADOPTED,
                        BigDecimal.ZERO,
                        2020,
                        new BigDecimal("6"),
                        2023,
                        "Adoption records with decision references"));
        resultsFramework.addIndicator(
                p,
                "OP2.2",
                new IndicatorSpec(
                        "I2.4",
                        "Share of covered cities with an adopted local "
                                + "DRR strategy (local counterpart of Sendai E-2)",
                        null,
                        IndicatorMeasure.LOCAL_STRATEGIES_SHARE,
                        BigDecimal.ZERO,
                        2020,
                        new BigDecimal("50"),
                        2023,
                        "Adoption records with decision references"));
        resultsFramework.addIndicator(
                p,
                "OP2.2",
                new IndicatorSpec(
                        "I2.5",
                        "Actions of adopted strategies completed on time",
                        null,
                        IndicatorMeasure.ACTIONS_COMPLETED_ON_TIME,
                        BigDecimal.ZERO,
                        2020,
                        new BigDecimal("20"),
                        2023,
                        "Verified completion claims"));
        resultsFramework.addIndicator(
                p,
                "OP2.2",
                new IndicatorSpec(
                        "I2.6",
                        "Approved actions past their due date",
                        null,
                        IndicatorMeasure.ACTIONS_OVERDUE,
                        BigDecimal.ZERO,
                        2020,
                        BigDecimal.ZERO,
                        2023,
                        "Action register"));
        resultsFramework.addIndicator(
                p,
                "OP1.1",
                new IndicatorSpec(
                        "I1.2",
                        "Programme budget disbursed",
                        null,
                        IndicatorMeasure.BUDGET_DISBURSED_SHARE,
                        BigDecimal.ZERO,
                        2020,
                        new BigDecimal("100"),
                        2023,
                        "Disbursement records"));
        var regional = programmes.detail(p).indicatorVersions().stream()
                .filter(v -> v.code().equals("I1.1"))
                .findFirst()
                .orElseThrow();
        resultsFramework.reportActual(p, "I1.1", BigDecimal.ONE, LocalDate.of(2021, 11, 30), regional.version());
    }

    private void money(Long p) {
        for (int year = 0; year < 3; year++) {
            LocalDate start = LocalDate.of(2020 + year, 7, 1);
            budget.addBudgetLine(
                    p,
                    "Programme year " + (year + 1),
                    start,
                    start.plusYears(1).minusDays(1),
                    new BigDecimal("1250000.00"),
                    "EUR");
        }
        budget.recordDisbursement(p, LocalDate.of(2020, 7, 15), new BigDecimal("1000000.00"), "EUR", "Pre-financing");
        budget.recordDisbursement(
                p, LocalDate.of(2021, 7, 20), new BigDecimal("1250000.00"), "EUR", "Second instalment");
        budget.recordDisbursement(
                p, LocalDate.of(2022, 7, 18), new BigDecimal("1000000.00"), "EUR", "Third instalment");
    }

    private static final String NARRATIVE = """
            # Summary
            The regional DRR cooperation strategy 2022–2030 was adopted in Tashkent in November 2021. \
            Dushanbe joined MCR2030 in August 2021 and is assessing its resilience with its technical working group.

            # Next steps
            The remaining capital cities assess their resilience; the final payment follows the final report.
            """;
}
