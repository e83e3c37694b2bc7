package org.resilienceroadmap.support.node;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The database of one or more application nodes, made afresh for a test and removed after it:
 * what a node is started with (environment and profiles) and a JDBC connection for the test's checks.
 */
public sealed interface NodeDatabase extends AutoCloseable permits PostgresDatabase, H2FileDatabase {

    /** {@code RR_DB_URL} and friends, as an operator would set them. */
    Map<String, String> environment();

    /** The Spring profiles the database needs besides {@code demo} ({@code postgres}, or none for H2). */
    List<String> profiles();

    /** A connection for checks; on H2 only while no node has the file open. */
    Connection connect() throws SQLException;

    /** How {@code ops/backup.sh} and {@code ops/restore.sh} name the kind: {@code postgres} or {@code h2}. */
    String kind();

    /** How the ops scripts name this database: the PostgreSQL database name, or the H2 file path without {@code .mv.db}. */
    String location();

    /** A fresh, empty database of the same kind, e.g. to restore a backup into. */
    NodeDatabase sibling(String name);

    /** The first column of the first row, e.g. a count; on H2 only while no node has the file open. */
    default long count(String sql, Object... parameters) {
        try (Connection c = connect();
                PreparedStatement s = statement(c, sql, parameters);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first two columns of every row, the first as the key. */
    default Map<String, String> pairs(String sql, Object... parameters) {
        Map<String, String> pairs = new TreeMap<>();
        try (Connection c = connect();
                PreparedStatement s = statement(c, sql, parameters);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                pairs.put(r.getString(1), r.getString(2));
            }
            return pairs;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static PreparedStatement statement(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }

    /** Plain words for logs and messages. */
    String describe();

    @Override
    void close();
}
