package org.resilienceroadmap.gate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.resilienceroadmap.action.ApprovedActions;
import org.resilienceroadmap.assessment.AssessmentValidations;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.Membership;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.strategy.StrategyCoverage;
import org.resilienceroadmap.workflow.ProcessRuns;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Checks the computed rules against the other modules' data. No scope checks: the public services
 * of this module check the caller first; the engine listener acts for the task's candidates.
 */
@Component
class GateFacts {

    /** The action process's progress-report task (processes/action.bpmn), opened by its reporting cycle. */
    static final String PROGRESS_TASK = "Task_ReportProgress";

    private static final EnumSet<Role> WORKING_GROUP = EnumSet.of(Role.MEMBER, Role.CHAIR);

    private final AssessmentValidations validations;
    private final PeopleDirectory people;
    private final JurisdictionDirectory jurisdictions;
    private final StrategyCoverage strategies;
    private final ApprovedActions actions;
    private final ProcessRuns runs;
    private final Clock clock;

    GateFacts(
            AssessmentValidations validations,
            PeopleDirectory people,
            JurisdictionDirectory jurisdictions,
            StrategyCoverage strategies,
            ApprovedActions actions,
            ProcessRuns runs,
            Clock clock) {
        this.validations = validations;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.strategies = strategies;
        this.actions = actions;
        this.runs = runs;
        this.clock = clock;
    }

    /** {@code stageEntered}: when the jurisdiction entered the stage the gate closes (null if never). */
    Fact check(GateRule rule, Integer number, Long jurisdictionId, Instant stageEntered) {
        return switch (rule) {
            case VALIDATED_ASSESSMENT -> {
                int count = validations.validatedAt(jurisdictionId).size();
                yield Fact.of(count > 0, "gate.fact.validatedAssessments", count);
            }
            case NEW_VALIDATED_ASSESSMENT -> {
                long count = validations.validatedAt(jurisdictionId).stream()
                        .filter(at -> stageEntered == null || at.isAfter(stageEntered))
                        .count();
                yield Fact.of(count > 0, "gate.fact.newValidatedAssessments", count);
            }
            case WORKING_GROUP -> {
                long count = people.membershipsIn(jurisdictionId).stream()
                        .filter(m -> WORKING_GROUP.contains(m.getRole()))
                        .map(Membership::getPersonId)
                        .distinct()
                        .count();
                yield Fact.of(count >= number, "gate.fact.workingGroup", count, number);
            }
            case HAZARDS_RECORDED -> {
                int count = jurisdictions.hazardProfile(jurisdictionId).size();
                yield Fact.of(count > 0, "gate.fact.hazards", count);
            }
            case STRATEGY_ADOPTED ->
                strategies
                        .adoptedIn(jurisdictionId)
                        .map(s -> s.adoptingBody() == null || s.adoptingBody().isBlank()
                                ? Fact.of(false, "gate.fact.adoptedWithoutBody", s.title())
                                : Fact.of(true, "gate.fact.adoptedBy", s.title(), s.adoptingBody()))
                        .orElse(Fact.of(false, "gate.fact.noAdoptedStrategy"));
            case ESSENTIALS_COVERED ->
                strategies
                        .adoptedIn(jurisdictionId)
                        .map(s -> s.coverage().coversAll()
                                ? Fact.of(true, "gate.fact.allEssentialsCovered")
                                : Fact.of(
                                        false,
                                        "gate.fact.essentialsUncovered",
                                        String.join(
                                                ", ",
                                                s.coverage().uncovered().stream()
                                                        .map(String::valueOf)
                                                        .toList())))
                        .orElse(Fact.of(false, "gate.fact.noAdoptedStrategy"));
            case ACTION_APPROVED -> {
                long count = actions.count(jurisdictionId);
                yield Fact.of(count > 0, "gate.fact.approvedActions", count);
            }
            case PROGRESS_REPORTS_UP_TO_DATE -> {
                long overdue = overdueProgressReports(jurisdictionId, number);
                yield Fact.of(overdue == 0, "gate.fact.overdueProgressReports", overdue, number);
            }
        };
    }

    /**
     * A progress report is overdue when the action's reporting cycle asked for it (an open "Report
     * progress" task) more than {@code graceDays} days ago and nobody has reported yet.
     */
    private long overdueProgressReports(Long jurisdictionId, int graceDays) {
        Instant before = Instant.now(clock).minus(Duration.ofDays(graceDays));
        return runs.openTasksCreatedBefore(
                "action", PROGRESS_TASK, ProcessVariables.JURISDICTION_ID, jurisdictionId, before);
    }
}
