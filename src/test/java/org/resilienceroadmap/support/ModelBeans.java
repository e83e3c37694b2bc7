package org.resilienceroadmap.support;

import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.resilienceroadmap.security.CandidateGroups;

/**
 * The beans a process model names, as Mockito mocks registered under the model's names (the in-memory
 * engine's expression manager reads {@link Mocks}), and the engine clock: what the fast process tests
 * share. {@link #reset()} after each test.
 */
public final class ModelBeans {

    private ModelBeans() {}

    public static JavaDelegate delegate(String name) {
        return register(name, mock(JavaDelegate.class, name));
    }

    public static TaskListener taskListener(String name) {
        return register(name, mock(TaskListener.class, name));
    }

    public static ExecutionListener executionListener(String name) {
        return register(name, mock(ExecutionListener.class, name));
    }

    public static <T> T register(String name, T bean) {
        Mocks.register(name, bean);
        return bean;
    }

    /** Every candidate-group expression answers a group named after the method ("group-chairsOf"). */
    public static CandidateGroups candidateGroups() {
        return register(
                "candidateGroups",
                mock(
                        CandidateGroups.class,
                        invocation -> "group-" + invocation.getMethod().getName()));
    }

    /** Moves the engine clock to the instant and runs every timer then due; answers the activities whose timers ran. */
    public static List<String> runTimersDueAt(ProcessEngine engine, Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        var management = engine.getManagementService();
        List<Job> due = management.createJobQuery().timers().executable().list();
        for (Job job : due) {
            management.executeJob(job.getId());
        }
        return due.stream()
                .map(job -> management
                        .createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId())
                        .singleResult()
                        .getActivityId())
                .toList();
    }

    /** The mocks, the engine clock and camunda-bpm-assert's engine: nothing of these tests stays for the next class. */
    public static void reset() {
        Mocks.reset();
        ClockUtil.reset();
        AbstractAssertions.reset();
    }
}
