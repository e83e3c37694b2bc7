package org.resilienceroadmap.bench;

import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many SQL statements an operation sends, from PostgreSQL's {@code pg_stat_statements} when the
 * server loads it ({@code shared_preload_libraries}); elsewhere nothing is counted. It is what shows
 * an N+1: a read whose count grows with the rows it shows.
 */
final class StatementCount {

    record Counted<T>(T result, double perRun) {}

    private final JdbcTemplate jdbc;
    private final boolean available;

    StatementCount(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        boolean found;
        try {
            jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            jdbc.queryForObject("SELECT count(*) FROM pg_stat_statements", Long.class);
            found = true;
        } catch (RuntimeException notThere) {
            found = false;
        }
        this.available = found;
    }

    /** The figure's name with the SQL statements each run sent, when they were counted. */
    static String label(String figure, double perRun) {
        return Double.isNaN(perRun)
                ? figure
                : String.format(java.util.Locale.ROOT, "%s [%.0f SQL statements]", figure, perRun);
    }

    <T> Counted<T> around(int runs, Supplier<T> operation) {
        if (!available) {
            return new Counted<>(operation.get(), Double.NaN);
        }
        jdbc.execute("SELECT pg_stat_statements_reset()");
        T result = operation.get();
        Long calls = jdbc.queryForObject(
                "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE dbid = "
                        + "(SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'",
                Long.class);
        if (Boolean.getBoolean("bench.list-statements")) {
            // Which statements, how often: what to look at when a count is higher than it should be.
            // Which statements, how often, and the server's time on them (planning and execution, in ms):
            // what to look at when a count or a time is higher than it should be.
            jdbc.queryForList("SELECT calls, round((total_plan_time + total_exec_time)::numeric, 1) AS ms, "
                            + "left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS q FROM pg_stat_statements "
                            + "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                            + "AND query NOT LIKE '%pg_stat_statements%' ORDER BY 2 DESC")
                    .forEach(row -> System.out.println(
                            "statement: " + row.get("calls") + " " + row.get("ms") + " ms " + row.get("q")));
        }
        return new Counted<>(result, calls == null ? Double.NaN : (double) calls / runs);
    }
}
