package org.resilienceroadmap.support.node;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of its own on the local PostgreSQL ({@code 127.0.0.1:5432}, or {@code RR_TEST_PG_URL}),
 * named {@code rr_<name>_<random>} so that parallel runs never meet; dropped on close.
 */
public final class PostgresDatabase implements NodeDatabase {

    private static final String SERVER =
            System.getenv().getOrDefault("RR_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("RR_DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("RR_DB_PASSWORD", "");

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    public static PostgresDatabase fresh(String purpose) {
        String name = "rr_" + purpose + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        admin("create database " + name);
        return new PostgresDatabase(name);
    }

    public String name() {
        return name;
    }

    public String url() {
        return SERVER + name;
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("RR_DB_URL", url(), "RR_DB_USER", USER, "RR_DB_PASSWORD", PASSWORD);
    }

    @Override
    public List<String> profiles() {
        return List.of("postgres");
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    @Override
    public String kind() {
        return "postgres";
    }

    @Override
    public String location() {
        return name;
    }

    @Override
    public NodeDatabase sibling(String purpose) {
        return fresh(purpose);
    }

    @Override
    public String describe() {
        return "PostgreSQL database " + name;
    }

    /** The libpq environment for {@code pg_dump}, {@code pg_restore} and the ops scripts. */
    public static Map<String, String> libpqEnvironment() {
        String hostPort = SERVER.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
        String[] parts = hostPort.split(":");
        return Map.of(
                "PGHOST",
                parts[0],
                "PGPORT",
                parts.length > 1 ? parts[1] : "5432",
                "PGUSER",
                USER,
                "PGPASSWORD",
                PASSWORD);
    }

    @Override
    public void close() {
        admin("drop database if exists " + name + " with (force)");
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + SERVER + " is needed for these tests: " + e.getMessage(), e);
        }
    }
}
