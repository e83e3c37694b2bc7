package org.resilienceroadmap.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.funding.DonorReports;
import org.resilienceroadmap.funding.IndicatorSpec;
import org.resilienceroadmap.funding.NewProgramme;
import org.resilienceroadmap.funding.ProgrammeService;
import org.resilienceroadmap.funding.ResultKind;
import org.resilienceroadmap.funding.ResultsFramework;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.DataStamp;
import org.resilienceroadmap.support.FastSignIn;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fresh objects, each in the state in which its writes accept good input, so that bad input meets
 * the checks of the input and not a refusal of the state: an assessment being scored, a strategy
 * being drafted, an approved one awaiting its adoption, an adopted one with an approved action and an
 * imported plan under review, a
 * programme with a typed indicator and a report awaiting sign-off, a city that has not joined.
 */
final class BadInputScene {

    record Beans(
            JdbcTemplate jdbc,
            Fixtures fixtures,
            RoadmapService roadmap,
            TaskInbox inbox,
            StrategyDriver strategies,
            ActionDriver actionDriver,
            ActionService actions,
            ProgrammeService programmes,
            ResultsFramework framework,
            DonorReports reports,
            RuntimeService runtime) {}

    final TestCity scoring;
    /** A country of its own, whose stage-gate checklists the cases configure (admin). */
    final Long country;

    final Long assessment;
    final String scoringTask;
    final Long draft;
    final TestCity approving;
    final Long approved;
    final TestCity planning;
    final Long adopted;
    final Long objective;
    final Long action;
    final Long milestone;
    final Long planReview;
    final Long planRow;
    final Long unjoined;
    /** A city in stage C, with no hub application: its chair's hub application reaches the content checks. */
    final TestCity hubCity;

    final Long programme;
    final Long report;
    /** A city that joined at stage C: its chair's evidence reaches the content checks. */
    final TestCity enteringAtC;

    BadInputScene(Beans beans) {
        JdbcTemplate jdbc = beans.jdbc();
        scoring = beans.fixtures().newCity();
        country = beans.fixtures().newCountry();
        approving = beans.fixtures().newCity();
        planning = beans.fixtures().newCity();
        unjoined = beans.fixtures().newCity().id();
        hubCity = beans.fixtures().newCity();
        jdbc.update("update jurisdiction set stage = 'C', joined_on = date '2021-08-01' where id = ?", hubCity.id());
        DataStamp.moved(jdbc);
        FastSignIn.forAccounts(jdbc, List.of(hubCity.chair()));
        for (TestCity city : List.of(scoring, approving, planning)) {
            FastSignIn.forAccounts(jdbc, List.of(city.chair(), city.member(), city.coordinator()));
        }

        SignedIn.as("coordinator.tajikistan", () -> {
            beans.roadmap().join(scoring.id(), LocalDate.of(2024, 2, 1));
            return null;
        });
        enteringAtC = beans.fixtures().newCity();
        FastSignIn.forAccounts(jdbc, List.of(enteringAtC.chair()));
        SignedIn.as("coordinator.tajikistan", () -> {
            beans.roadmap()
                    .join(enteringAtC.id(), LocalDate.of(2021, 2, 1), org.resilienceroadmap.directory.RoadmapStage.C);
            return null;
        });
        TaskItem assign = open(beans, scoring.chair(), "Task_AssignEssentials");
        SignedIn.as(scoring.chair(), () -> {
            beans.inbox().complete(assign.id(), "start", null, Map.of());
            return null;
        });
        assessment = Long.valueOf(
                open(beans, scoring.member(), "Task_ScoreEssential").subjectId());
        scoringTask = open(beans, scoring.member(), "Task_ScoreEssential").id();
        draft = beans.strategies().current(scoring.id(), scoring.chair()).getId();
        beans.strategies().draft(draft, scoring.chair(), "# Plan\n\nFirst draft.");

        approved = beans.strategies().current(approving.id(), approving.chair()).getId();
        beans.strategies().draft(approved, approving.chair(), "# Plan\n\nReduce flood risk.");
        beans.strategies().submit(approved, approving.chair(), List.of(approving.member()));
        beans.strategies().decide(approving.member(), approving.id(), "Task_ReviewVersion", "approve", null);
        beans.strategies()
                .decide(approving.chair(), approving.id(), "Task_ConsolidateReview", "send-for-approval", null);
        beans.strategies().decide(ActionDriver.COORDINATOR, approving.id(), "Task_ApproveStrategy", "approve", null);

        adopted = beans.actionDriver().adoptedStrategy(planning);
        objective = beans.actionDriver().objectiveOf(adopted, planning.member());
        action = beans.actionDriver()
                .approved(
                        planning,
                        adopted,
                        "Sirens in every district",
                        LocalDate.now(Days.ZONE).plusMonths(6))
                .getId();
        milestone = SignedIn.as(
                planning.member(),
                () -> beans.actions()
                        .addMilestone(
                                action,
                                "Sirens bought",
                                LocalDate.now(Days.ZONE).plusMonths(2))
                        .getId());

        LocalDate today = LocalDate.now(Days.ZONE);
        planReview = SignedIn.as(
                        planning.member(),
                        () -> beans.actions()
                                .proposePlan(
                                        adopted,
                                        "plan.csv",
                                        List.of(beans.actionDriver()
                                                .spec(
                                                        objective,
                                                        planning.member(),
                                                        "Flood maps",
                                                        today.plusMonths(8)))))
                .getId();
        planRow = jdbc.queryForObject("select min(id) from action where plan_review_id = ?", Long.class, planReview);
        programme = SignedIn.as("admin", () -> {
            Long id = beans.programmes()
                    .create(new NewProgramme(
                            "BAD-" + scoring.code(),
                            "Bad input programme",
                            "Test donor",
                            new BigDecimal("100000"),
                            "EUR",
                            today.minusMonths(2),
                            today.plusMonths(9),
                            Set.of(scoring.id()),
                            null,
                            null,
                            null,
                            null,
                            List.of()))
                    .getId();
            beans.framework().addResult(id, ResultKind.OUTCOME, "OC1", "Cities plan better", null);
            beans.framework()
                    .addIndicator(
                            id,
                            "OC1",
                            new IndicatorSpec(
                                    "IN1",
                                    "Plans written",
                                    "plans",
                                    null,
                                    BigDecimal.ZERO,
                                    2024,
                                    BigDecimal.TEN,
                                    2026,
                                    null));
            beans.reports().openReporting(id);
            beans.reports().requestNow(id);
            return id;
        });
        report = jdbc.queryForObject("select max(id) from donor_report where programme_id = ?", Long.class, programme);
    }

    private static TaskItem open(Beans beans, String who, String taskKey) {
        return SignedIn.as(who, beans.inbox()::openTasks).stream()
                .filter(t -> t.taskKey().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(who + " has no " + taskKey));
    }
}
