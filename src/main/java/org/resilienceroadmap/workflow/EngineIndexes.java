package org.resilienceroadmap.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks and a deployment with every city needs (measured in
 * docs/BENCHMARKS.md): completing a task looks up its subtasks by {@code PARENT_TASK_ID_}, a scan of
 * every open task without this index (40 ms at 58,000 tasks, growing with them); the job executor
 * looks for due jobs by {@code DUEDATE_}, a scan of every timer of every running action (660 ms at
 * 97,000 jobs, on every poll of every node). Made once, after the engine has made its tables,
 * before it runs a job; {@code IF NOT EXISTS}, so every start and every node may ask.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    static final String[] INDEXES = {
        "CREATE INDEX IF NOT EXISTS ACT_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)",
        "CREATE INDEX IF NOT EXISTS ACT_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)",
    };

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean manual = !connection.getAutoCommit();
            for (String index : INDEXES) {
                statement.execute(index);
            }
            if (manual) {
                connection.commit();
            }
        } catch (SQLException e) {
            // Slower at scale, not wrong: the application works without them.
            log.warn("Could not add the engine indexes (task parent, job due date): {}", e.getMessage());
        }
    }
}
