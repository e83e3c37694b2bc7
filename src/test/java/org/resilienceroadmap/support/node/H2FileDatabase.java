package org.resilienceroadmap.support.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * An H2 file database with exactly the settings the application uses by default (one process at a
 * time, each commit written before it is answered), in a directory of its own under
 * {@code target/cluster-data}; deleted on close.
 */
public final class H2FileDatabase implements NodeDatabase {

    private static final String DEFAULT_FILE = "./data/resilience-roadmap";
    private static final String DEFAULT_URL = defaultUrl();

    private final Path directory;

    private H2FileDatabase(Path directory) {
        this.directory = directory;
    }

    public static H2FileDatabase fresh(String purpose) {
        try {
            Path root = Files.createDirectories(Path.of("target", "cluster-data"));
            return new H2FileDatabase(
                    Files.createTempDirectory(root, purpose + "-").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database path as H2 names it: the file is this plus {@code .mv.db}. */
    public Path file() {
        return directory.resolve("resilience-roadmap");
    }

    /** The application's own default H2 URL (application.properties), with this file in place of {@code ./data}. */
    public String url() {
        return DEFAULT_URL.replace(DEFAULT_FILE, file().toString());
    }

    private static String defaultUrl() {
        Properties settings = new Properties();
        try (InputStream in = H2FileDatabase.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = settings.getProperty("spring.datasource.url").replaceFirst("^\\$\\{RR_DB_URL:(.*)}$", "$1");
        if (!url.startsWith("jdbc:h2:file:" + DEFAULT_FILE)) {
            throw new IllegalStateException("Not an H2 file URL by default: " + url);
        }
        return url;
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("RR_DB_URL", url(), "RR_DB_USER", "sa", "RR_DB_PASSWORD", "");
    }

    @Override
    public List<String> profiles() {
        return List.of();
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "sa", "");
    }

    @Override
    public String kind() {
        return "h2";
    }

    @Override
    public String location() {
        return file().toString();
    }

    @Override
    public NodeDatabase sibling(String purpose) {
        return fresh(purpose);
    }

    @Override
    public String describe() {
        return "H2 file " + file();
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
