package org.resilienceroadmap.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before a PostgreSQL run, makes the database {@code rr_test} anew (or the one {@code RR_TEST_DB_URL}
 * names, so that runs in parallel can each have their own), so every run starts from the demo data
 * like the H2 run does. Does nothing on H2.
 */
public class FreshPostgresDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgres".equals(System.getProperty("rr.test.db"))) {
            return;
        }
        String admin = System.getenv().getOrDefault("RR_TEST_ADMIN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("RR_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("RR_DB_PASSWORD", "");
        String url = System.getenv().getOrDefault("RR_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/rr_test");
        String database = url.replaceFirst("^.*/", "").replaceFirst("\\?.*$", "");
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("Not a database name for the PostgreSQL run: " + database);
        }
        try (Connection c = DriverManager.getConnection(admin, user, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + admin + " is needed for the PostgreSQL test run: " + e.getMessage(), e);
        }
    }
}
