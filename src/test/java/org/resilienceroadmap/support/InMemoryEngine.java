package org.resilienceroadmap.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * A process engine of its own for the fast process tests: H2 in memory, no job executor (tests run the
 * due jobs), no Spring; the beans the models name ({@code ${approveAction}}, {@code ${candidateGroups...}})
 * are whatever the test registers with {@link org.camunda.bpm.engine.test.mock.Mocks}. Built once per
 * test run and shared by the process test classes, as Spring shares its context: each test's
 * {@code @Deployment} is removed after it.
 */
public final class InMemoryEngine {

    private static ProcessEngine engine;

    private InMemoryEngine() {}

    /** The JUnit 5 extension on the shared engine. */
    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
    }

    private static synchronized ProcessEngine engine() {
        if (engine == null) {
            // Without Spring's logging set-up the engine would log at DEBUG; a Spring test later sets its own levels.
            if (org.slf4j.LoggerFactory.getLogger("org.camunda") instanceof ch.qos.logback.classic.Logger camunda) {
                camunda.setLevel(ch.qos.logback.classic.Level.WARN);
            }
            ProcessEngineConfigurationImpl configuration =
                    (ProcessEngineConfigurationImpl) new StandaloneInMemProcessEngineConfiguration()
                            .setJdbcUrl("jdbc:h2:mem:rr-fast-engine;DB_CLOSE_DELAY=-1")
                            .setJobExecutorActivate(false)
                            .setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL)
                            .setProcessEngineName("rr-fast");
            configuration.setExpressionManager(new MockExpressionManager());
            configuration.setEnforceHistoryTimeToLive(true);
            configuration.getProcessEnginePlugins().add(approvalTablePlugin());
            engine = configuration.buildProcessEngine();
        }
        return engine;
    }

    /**
     * The application's own plugin that hands the approval table's decision to action.bpmn (package-private
     * in action.process, as the application keeps it): the action model's paths depend on it.
     */
    private static ProcessEnginePlugin approvalTablePlugin() {
        try {
            var constructor = Class.forName("org.resilienceroadmap.action.process.ApprovalTablePlugin")
                    .getDeclaredConstructor();
            constructor.setAccessible(true);
            return (ProcessEnginePlugin) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
