package org.resilienceroadmap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text exists in English, Russian and Serbian (Latin script), with the same placeholders, every
 * Serbian text is Serbian, and every key the code names exists.
 */
class BundleCompletenessTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.-]+)\"");
    private static final List<String> BUNDLES =
            List.of("messages.properties", "messages_ru.properties", "messages_sr_Latn.properties");
    /** An argument a text takes: {0}, {1,number}, {0,choice,...} all take argument 0, 1, 0. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    /** Words Serbian writes as English does: names, codes, units, and a few words the two share. */
    private static final Set<String> SAME_IN_SERBIAN = Set.of(
            "English",
            "Русский",
            "Srpski",
            "Region",
            "Status",
            "Period",
            "Problem",
            "Administrator",
            "Id",
            "IATI 2.03 (XML)",
            "B",
            "kB",
            "KB",
            "MB",
            "GB",
            "TB");
    /** English words that give a text away as left untranslated in the Serbian bundle. */
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "\\b(the|and|of|is|are|your|you|this|with|for|not|has|was|will)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Set<String> en = keys("messages.properties");
        for (String bundle : BUNDLES) {
            Set<String> other = keys(bundle);
            assertThat(other).as("keys missing in " + bundle).containsAll(en);
            assertThat(en).as("keys of " + bundle + " missing in English").containsAll(other);
        }
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : BUNDLES) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames())
                    .as(bundle)
                    .allSatisfy(k -> assertThat(p.getProperty(k)).isNotBlank());
        }
    }

    @Test
    void everyLanguageFillsInTheSameArguments() throws IOException {
        Properties en = load("messages.properties");
        for (String bundle : BUNDLES) {
            Properties other = load(bundle);
            assertThat(en.stringPropertyNames())
                    .as(bundle)
                    .allSatisfy(k -> assertThat(arguments(other.getProperty(k)))
                            .as(bundle + " " + k)
                            .isEqualTo(arguments(en.getProperty(k))));
        }
    }

    @Test
    void serbianTextsAreSerbianNotEnglishLeftBehind() throws IOException {
        Properties en = load("messages.properties");
        Properties sr = load("messages_sr_Latn.properties");
        assertThat(sr.stringPropertyNames()).allSatisfy(k -> {
            String text = sr.getProperty(k);
            String words = text.replaceAll("\\{[^}]*}", "").replaceAll("[^\\p{L}]", "");
            String bare = text.replaceAll("\\{[^}]*}", "").strip();
            if (!words.isEmpty() && !SAME_IN_SERBIAN.contains(text) && !SAME_IN_SERBIAN.contains(bare)) {
                assertThat(text).as("Serbian " + k + " is the English text").isNotEqualTo(en.getProperty(k));
            }
            assertThat(ENGLISH_WORD.matcher(text).find())
                    .as("Serbian " + k + " reads as English: " + text)
                    .isFalse();
        });
        assertThat(sr.stringPropertyNames().stream()
                        .filter(k -> !k.startsWith("language."))
                        .map(sr::getProperty))
                .as("Serbian is written in Latin script")
                .noneMatch(t -> t.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC));
        assertThat(String.join(
                        " ",
                        sr.stringPropertyNames().stream().map(sr::getProperty).toList()))
                .as("Serbian letters are written, not spelt without their marks")
                .contains("č", "ć", "š", "ž", "đ");
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

    private static Set<Integer> arguments(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
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
