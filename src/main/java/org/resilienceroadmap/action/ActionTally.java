package org.resilienceroadmap.action;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per jurisdiction, how many actions count, how many were verified complete (on time against the due
 * date approved, or on time only after an extension) and how many claims await verification, changed
 * in the transaction of every change of an action's status ({@code action_tally}): the donor
 * dashboard then reads one row per covered jurisdiction instead of every action under them. Each
 * change is one increment, so concurrent changes in one jurisdiction queue on its row, never lose one.
 */
@Component
class ActionTally {

    /** A jurisdiction's tally as read. */
    record Row(
            Long jurisdictionId,
            long actions,
            long completed,
            long completedOnTime,
            long claimed,
            long onTimeAfterExtension) {}

    private final JdbcClient jdbc;
    private final String insertIfAbsent;

    ActionTally(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        // PostgreSQL's ON CONFLICT waits for another transaction's insert of the same row and then
        // does nothing; H2 has no ON CONFLICT outside its PostgreSQL mode, so it gets the standard MERGE.
        this.insertIfAbsent = isPostgres(dataSource)
                ? "insert into action_tally (jurisdiction_id, actions, completed, completed_on_time, claimed,"
                        + " on_time_after_extension) values (:j, 0, 0, 0, 0, 0) on conflict (jurisdiction_id) do nothing"
                : "merge into action_tally t using (values (cast(:j as bigint))) as d(jurisdiction_id)"
                        + " on t.jurisdiction_id = d.jurisdiction_id when not matched then"
                        + " insert (jurisdiction_id, actions, completed, completed_on_time, claimed,"
                        + " on_time_after_extension) values (d.jurisdiction_id, 0, 0, 0, 0, 0)";
    }

    void add(Long jurisdictionId, TallyShare change) {
        if (change.isNone()) {
            return;
        }
        if (increment(jurisdictionId, change) == 0) {
            try {
                jdbc.sql(insertIfAbsent).param("j", jurisdictionId).update();
            } catch (DuplicateKeyException madeByAnother) {
                // Only H2 gets here (its MERGE does not wait for another transaction's insert), and a
                // failed statement leaves its transaction usable: the increment below waits for that row.
            }
            increment(jurisdictionId, change);
        }
    }

    /** A progress report was given in the jurisdiction at this instant: its newest report moves up, never back. */
    void reported(Long jurisdictionId, java.time.Instant at) {
        if (stampReport(jurisdictionId, at) == 0) {
            try {
                jdbc.sql(insertIfAbsent).param("j", jurisdictionId).update();
            } catch (DuplicateKeyException madeByAnother) {
                // As in add: only H2's MERGE gets here; the update below waits for the other's row.
            }
            stampReport(jurisdictionId, at);
        }
    }

    /** When each of these jurisdictions last reported progress; those that never did are missing. */
    java.util.Map<Long, java.time.Instant> lastReports(Collection<Long> jurisdictionIds) {
        if (jurisdictionIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, java.time.Instant> last = new java.util.HashMap<>();
        jdbc.sql("select jurisdiction_id, last_reported_at from action_tally"
                        + " where jurisdiction_id in (:ids) and last_reported_at is not null")
                .param("ids", jurisdictionIds)
                .query((rs, n) -> last.put(
                        rs.getLong(1),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
                .list();
        return last;
    }

    private int stampReport(Long jurisdictionId, java.time.Instant at) {
        // Existence of the row, not the stamp, decides the insert: a later stamp already there matches no row
        // here but must not be taken for a missing row.
        int exists = jdbc.sql("select count(*) from action_tally where jurisdiction_id = :j")
                .param("j", jurisdictionId)
                .query(Integer.class)
                .single();
        if (exists == 0) {
            return 0;
        }
        jdbc.sql("update action_tally set last_reported_at = :at where jurisdiction_id = :j"
                        + " and (last_reported_at is null or last_reported_at < :at)")
                .param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .param("j", jurisdictionId)
                .update();
        return 1;
    }

    List<Row> read(Collection<Long> jurisdictionIds) {
        if (jurisdictionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select jurisdiction_id, actions, completed, completed_on_time, claimed,"
                        + " on_time_after_extension from action_tally"
                        + " where jurisdiction_id = any(:ids)")
                .param("ids", org.resilienceroadmap.shared.IdArray.of(jurisdictionIds))
                .query((rs, n) -> new Row(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    private int increment(Long jurisdictionId, TallyShare change) {
        return jdbc.sql("update action_tally set actions = actions + :a, completed = completed + :c,"
                        + " completed_on_time = completed_on_time + :t, claimed = claimed + :l,"
                        + " on_time_after_extension = on_time_after_extension + :x where jurisdiction_id = :j")
                .param("a", change.actions())
                .param("c", change.completed())
                .param("t", change.completedOnTime())
                .param("l", change.claimed())
                .param("x", change.onTimeAfterExtension())
                .param("j", jurisdictionId)
                .update();
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
