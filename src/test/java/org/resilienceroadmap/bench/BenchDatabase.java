package org.resilienceroadmap.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database a run works on: a PostgreSQL database by its JDBC URL (made when missing, or made
 * afresh on request, through the server's {@code postgres} database) or an H2 file.
 */
record BenchDatabase(String url, String user, String password) {

    boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    String name() {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return path.substring(path.lastIndexOf('/') + 1).split(";")[0];
    }

    /** Makes the PostgreSQL database if it is missing, or drops and makes it when {@code fresh}. */
    void prepare(boolean fresh) throws SQLException {
        if (!isPostgres()) {
            return;
        }
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(server, user, password);
                Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("DROP DATABASE IF EXISTS \"" + name() + "\" WITH (FORCE)");
            }
            try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name() + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE \"" + name() + "\"");
                }
            }
        }
    }
}
