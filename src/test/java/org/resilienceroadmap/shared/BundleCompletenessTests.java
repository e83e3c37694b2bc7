package org.resilienceroadmap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text exists in English and Russian, and every key the code names exists. */
class BundleCompletenessTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.-]+)\"");

    @Test
    void englishAndRussianHaveTheSameKeys() throws IOException {
        Set<String> en = keys("messages.properties");
        Set<String> ru = keys("messages_ru.properties");
        assertThat(ru).as("keys missing in Russian").containsAll(en);
        assertThat(en).as("keys missing in English").containsAll(ru);
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_ru.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).as(bundle).allSatisfy(k -> assertThat(p.getProperty(k)).isNotBlank());
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> en = keys("messages.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(en).containsAll(used);
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        Properties p = new Properties();
        try (var in = BundleCompletenessTests.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
