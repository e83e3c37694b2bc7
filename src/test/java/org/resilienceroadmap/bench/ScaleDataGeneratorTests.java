package org.resilienceroadmap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.funding.IndicatorMeasure;
import org.resilienceroadmap.funding.ProgrammeMonitor;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.StrategyState;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

/**
 * The scale data generator on a small world: two cities of 30 actions walked through the real
 * services and engine end where {@link ActionFate} says, with the process instances, tasks and
 * timers that implies, and a second run finds them there and adds nothing.
 */
class ScaleDataGeneratorTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    ActionService actions;

    @Autowired
    StrategyService strategies;

    @Autowired
    ProgrammeMonitor monitor;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void twoCitiesReachStageCWithTheirActionsWhereTheirFatesSayAndASecondRunAddsNothing() {
        ScaleSettings small = new ScaleSettings(2, 30, 2, 2);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        ScaleDataGenerator generator =
                new ScaleDataGenerator(context, new PrintStream(progress, true, StandardCharsets.UTF_8));

        ScaleDataGenerator.Outcome first = generator.generate(small);

        assertThat(first.walked()).isEqualTo(2);
        assertThat(first.actions()).isEqualTo(60);
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("2/2 cities");
        for (int n = 1; n <= 2; n++) {
            String code = ScaleNames.city(1, n);
            Jurisdiction city = jurisdictions.findByCode(code).orElseThrow();
            assertThat(city.getStage()).isEqualTo(RoadmapStage.C);
            assertThat(as(ScaleNames.chair(code), () -> strategies.ofJurisdiction(city.getId())))
                    .extracting(s -> s.getState())
                    .containsExactly(StrategyState.ADOPTED);
            Map<ActionStatus, Long> byStatus = as(
                    ScaleNames.chair(code),
                    () -> actions
                            .find(
                                    new ActionFilter(city.getId(), null, null, null, null, null, null, null),
                                    Pageable.unpaged())
                            .stream()
                            .collect(Collectors.groupingBy(a -> a.getStatus(), Collectors.counting())));
            // Of 30: 5 proposed, 1 rejected (cancelled), 5 verified, 2 overdue and 17 under way (approved,
            // or in progress once a progress report came: every third of those).
            assertThat(byStatus.get(ActionStatus.PROPOSED)).isEqualTo(5);
            assertThat(byStatus.get(ActionStatus.CANCELLED)).isEqualTo(1);
            assertThat(byStatus.get(ActionStatus.VERIFIED)).isEqualTo(5);
            assertThat(byStatus.get(ActionStatus.APPROVED) + byStatus.get(ActionStatus.IN_PROGRESS))
                    .isEqualTo(19);
            assertThat(byStatus.get(ActionStatus.IN_PROGRESS)).isPositive();
            assertThat(tasks.createTaskQuery()
                            .processVariableValueEquals("jurisdictionId", city.getId())
                            .taskDefinitionKey("Task_ApproveAction")
                            .count())
                    .isEqualTo(5);
            assertThat(tasks.createTaskQuery()
                            .processVariableValueEquals("jurisdictionId", city.getId())
                            .taskDefinitionKey("Task_CarryOut")
                            .count())
                    .isEqualTo(19);
            java.util.Set<String> running = runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey("action")
                    .variableValueEquals("jurisdictionId", city.getId())
                    .list()
                    .stream()
                    .map(p -> p.getId())
                    .collect(Collectors.toSet());
            assertThat(running)
                    .as("open actions run, verified and rejected ones ended")
                    .hasSize(24);
            // Exactly the two overdue actions wait on a due-date timer already past (the job executor is off here).
            assertThat(management.createJobQuery().timers().duedateLowerThan(new java.util.Date()).list().stream()
                            .filter(j -> running.contains(j.getProcessInstanceId()))
                            .count())
                    .isEqualTo(2);
        }
        Map<String, IndicatorLine> indicators = as(
                        ScaleNames.DONOR,
                        () -> monitor.indicators(
                                context.getBean(org.resilienceroadmap.directory.ProgrammeDirectory.class)
                                        .findByCode(ScaleNames.PROGRAMME)
                                        .orElseThrow()
                                        .getId()))
                .stream()
                .collect(Collectors.toMap(IndicatorLine::measure, line -> line));
        assertThat(indicators.get(IndicatorMeasure.ACTIONS_COMPLETED.name()).actual())
                .isEqualByComparingTo("10");
        assertThat(indicators
                        .get(IndicatorMeasure.JURISDICTIONS_IN_STAGE_C.name())
                        .actual())
                .isEqualByComparingTo("2");

        ScaleDataGenerator.Outcome again = generator.generate(small);

        assertThat(again.walked()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(again.actions()).isZero();
    }
}
