package org.resilienceroadmap.workflow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Migration 23: Flyway owns the engine's tables as it owns ours, so one tool, under one lock, decides the
 * schema of a database that several nodes start against. On a database without the engine's tables it runs
 * the engine's own create scripts (shipped in its jar, for this database); on every database it adds the
 * indexes the engine lacks and a deployment with every city needs (measured in docs/BENCHMARKS.md):
 * completing a task looks up its subtasks by {@code PARENT_TASK_ID_} (a scan of every open task without it,
 * 40 ms at 58,000 tasks); the job executor looks for due jobs by {@code DUEDATE_} (660 ms at 97,000 jobs, on
 * every poll of every node). A move to another engine version or fork adds its upgrade scripts the same way.
 */
@Component
class EngineSchema implements JavaMigration {

    static final List<String> COMPONENTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");
    static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS ACT_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)",
            "CREATE INDEX IF NOT EXISTS ACT_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("23");
    }

    @Override
    public String getDescription() {
        return "engine schema";
    }

    @Override
    public Integer getChecksum() {
        return String.join("\n", COMPONENTS).hashCode() * 31
                + String.join("\n", INDEXES).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            if (!engineTablesExist(connection)) {
                String database = camundaName(connection.getMetaData().getDatabaseProductName());
                for (String component : COMPONENTS) {
                    ScriptUtils.executeSqlScript(connection, new ClassPathResource(script(database, component)));
                }
            }
            for (String index : INDEXES) {
                statement.execute(index);
            }
        }
    }

    /** A database the engine already made its tables in (before Flyway owned them) keeps them as they are. */
    private static boolean engineTablesExist(Connection connection) throws SQLException {
        for (String name : new String[] {"ACT_GE_PROPERTY", "act_ge_property"}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    static String camundaName(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgres";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("The engine's tables can be made on H2 or PostgreSQL, not on " + productName);
    }

    private static String script(String database, String component) {
        return "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql";
    }
}
