package org.resilienceroadmap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Flyway made the engine's tables (migration 23, from the engine's own scripts) and the indexes a task
 * completion and a job poll need at scale, on H2 and PostgreSQL; the engine runs on them without making any.
 */
class EngineSchemaTests extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void subtasksAndDueJobsAreFoundThroughAnIndex() {
        assertThat(indexedColumns("ACT_RU_TASK")).contains("PARENT_TASK_ID_");
        assertThat(indexedColumns("ACT_RU_JOB")).contains("DUEDATE_");
    }

    @Test
    void flywayRecordedTheEngineSchemaAndTheEngineKnowsItsVersion() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"flyway_schema_history\" where \"version\" = '23' and \"success\" = true",
                        Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'schema.version'", String.class))
                .as("the engine's create script, not an upgrade, wrote the version")
                .isEqualTo("fox");
        assertThat(jdbc.queryForObject("select count(*) from ACT_RE_PROCDEF", Integer.class))
                .as("the engine deployed the processes onto Flyway's tables")
                .isPositive();
    }

    @Test
    void theEngineScriptsAreChosenForTheDatabase() {
        assertThat(EngineSchema.camundaName("PostgreSQL")).isEqualTo("postgres");
        assertThat(EngineSchema.camundaName("H2")).isEqualTo("h2");
    }

    private Set<String> indexedColumns(String table) {
        return jdbc.execute((java.sql.Connection c) -> {
            DatabaseMetaData meta = c.getMetaData();
            Set<String> columns = new HashSet<>();
            for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
                try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        String column = rs.getString("COLUMN_NAME");
                        if (column != null) {
                            columns.add(column.toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
            return columns;
        });
    }
}
