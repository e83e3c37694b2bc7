package org.resilienceroadmap.bench;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps PostgreSQL's planner statistics current while tables grow from nothing to millions of rows,
 * as autovacuum does on a default server (on the machine the figures were taken on it is off). With
 * stale statistics PostgreSQL reads a whole variables table for an inbox of fifty processes.
 */
final class Statistics {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    Statistics(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    void refresh() {
        if (postgres) {
            jdbc.execute("ANALYZE");
        }
    }

    /**
     * What autovacuum has done to a database that has settled: dead row versions gone, pages marked
     * all-visible (so that counts can be read from an index alone), statistics current. Before reads
     * are measured; a run of the generator ends with it.
     */
    void settle() {
        if (postgres) {
            jdbc.execute("VACUUM (ANALYZE)");
        }
    }
}
