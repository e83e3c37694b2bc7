package org.resilienceroadmap.support.node;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds, to compare a restored copy with its original: the rows of every table,
 * every process instance with its state, every open task with its assignee, every job with its due
 * date, and every stored document by the digest of its bytes.
 */
public record DatabaseSnapshot(
        Map<String, Long> rows,
        Map<String, String> processInstances,
        Map<String, String> openTasks,
        Map<String, String> jobs,
        Map<Long, String> documents) {

    public static DatabaseSnapshot of(NodeDatabase database) {
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            Map<String, Long> rows = new TreeMap<>();
            try (ResultSet tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    if ("public".equalsIgnoreCase(tables.getString("TABLE_SCHEM"))) {
                        rows.put(tables.getString("TABLE_NAME"), null);
                    }
                }
            }
            for (String table : rows.keySet()) {
                rows.put(table, single(s, "select count(*) from \"" + table + "\""));
            }
            return new DatabaseSnapshot(
                    rows,
                    pairs(s, "select id_, state_ from act_hi_procinst"),
                    pairs(s, "select id_, concat(task_def_key_, ' / ', coalesce(assignee_, '-')) from act_ru_task"),
                    pairs(s, "select id_, concat(type_, ' ', cast(duedate_ as varchar(40))) from act_ru_job"),
                    documents(s));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + database.describe() + ": " + e.getMessage(), e);
        }
    }

    /** The stored bytes of one document. */
    public static byte[] document(NodeDatabase database, long id) {
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select content from stored_file where id = " + id)) {
            if (!r.next()) {
                throw new IllegalStateException("No stored file " + id + " in " + database.describe());
            }
            return r.getBytes(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Map<String, String> pairs(Statement s, String sql) throws SQLException {
        Map<String, String> pairs = new TreeMap<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                pairs.put(r.getString(1), r.getString(2));
            }
        }
        return pairs;
    }

    private static Map<Long, String> documents(Statement s) throws SQLException {
        Map<Long, String> documents = new TreeMap<>();
        try (ResultSet r = s.executeQuery("select id, name, content from stored_file")) {
            while (r.next()) {
                documents.put(r.getLong(1), r.getString(2) + " sha256:" + sha256(r.getBytes(3)));
            }
        }
        return documents;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
