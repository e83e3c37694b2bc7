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

/** The engine tables carry the indexes a task completion and a job poll need at scale, on H2 and PostgreSQL. */
class EngineIndexesTests extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void subtasksAndDueJobsAreFoundThroughAnIndex() {
        assertThat(indexedColumns("ACT_RU_TASK")).contains("PARENT_TASK_ID_");
        assertThat(indexedColumns("ACT_RU_JOB")).contains("DUEDATE_");
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
