package org.resilienceroadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The shipped templates are whole; a loaded file is taken whole or refused with its line and reason. */
class ScorecardTemplatesTests extends IntegrationTest {

    @Autowired
    ScorecardTemplates templates;

    @Test
    void shipsThePreliminaryScorecardWith47QuestionsOnTheTenEssentials() {
        ScorecardTemplate preliminary = templates.get("preliminary");
        assertThat(preliminary.complete()).isTrue();
        assertThat(preliminary.scale()).isEqualTo(new ScorecardTemplate.Scale(0, 3));
        assertThat(preliminary.questions()).hasSize(47);
        Map<Integer, Integer> perEssential = preliminary.essentials().stream()
                .collect(Collectors.toMap(
                        EssentialSection::number, e -> e.questions().size()));
        assertThat(perEssential).isEqualTo(Map.of(1, 3, 2, 5, 3, 4, 4, 4, 5, 3, 6, 6, 7, 4, 8, 9, 9, 7, 10, 2));
        assertThat(preliminary.questions()).allSatisfy(q -> {
            assertThat(q.levels()).hasSize(4);
            assertThat(q.text()).containsKeys("en", "ru");
        });
        assertThat(ScoreAggregation.of(preliminary, Map.of()).get(10).maximum()).isEqualTo(141);
    }

    @Test
    void shipsThePublicHealthAddendumMarkedAsPartial() {
        ScorecardTemplate health = templates.get("public-health");
        assertThat(health.complete()).isFalse();
        assertThat(health.basedOn()).isNotBlank();
        assertThat(health.questions()).extracting(ScorecardQuestion::code).allMatch(c -> c.startsWith("A"));
    }

    @Test
    void shipsEveryTextAReaderSeesInEnglishRussianAndSerbian() {
        for (String id : List.of("preliminary", "public-health")) {
            ScorecardTemplate template = templates.get(id);
            assertThat(template.title()).containsOnlyKeys("en", "ru", "sr");
            assertThat(template.questions()).allSatisfy(q -> {
                assertThat(q.text())
                        .as(q.code())
                        .containsOnlyKeys("en", "ru", "sr")
                        .doesNotContainValue("");
                assertThat(q.levels())
                        .allSatisfy(l -> assertThat(l.meaning())
                                .as(q.code() + " " + l.score())
                                .containsOnlyKeys("en", "ru", "sr")
                                .doesNotContainValue(""));
            });
        }
        assertThat(templates.get("preliminary").title("sr"))
                .isEqualTo("Preliminarna kartica za ocenu otpornosti na katastrofe");
        assertThat(templates.get("preliminary").question("P1.1").orElseThrow().text("sr"))
                .contains("smanjenja rizika od katastrofa")
                .contains("Sendajskim okvirom");
    }

    @Test
    void refusesMalformedFilesWithTheLineAndReasonAndKeepsNothing() {
        int before = templates.all().size();
        assertThatThrownBy(
                        () -> as("admin", () -> templates.load("broken.json", bytes("{\n  \"id\": \"x\",\n  oops\n}"))))
                .isInstanceOf(TemplateFormatException.class)
                .satisfies(e -> assertThat(((TemplateFormatException) e).line()).isEqualTo(3));
        String missingLevel =
                template("national-variant").replace("{\"score\": 2, \"meaning\": {\"en\": \"largely\"}},\n", "");
        assertThatThrownBy(() -> as("admin", () -> templates.load("variant.json", bytes(missingLevel))))
                .isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("variant.json, line ")
                .hasMessageContaining("N1.1: levels must give each score 0–3 once");
        String duplicate = template("national-variant").replace("\"N1.2\"", "\"N1.1\"");
        assertThatThrownBy(() -> as("admin", () -> templates.load("dup.json", bytes(duplicate))))
                .hasMessageContaining("N1.1 appears twice");
        assertThat(templates.all()).hasSize(before);
    }

    @Test
    void letsOnlyAnAdminLoadAFurtherTemplateOnce() {
        String id = "national-" + System.nanoTime() % 100000;
        assertThatThrownBy(() -> as("coordinator.tajikistan", () -> templates.load("n.json", bytes(template(id)))))
                .isInstanceOf(ForbiddenException.class);
        ScorecardTemplate loaded = as("admin", () -> templates.load("n.json", bytes(template(id))));
        assertThat(templates.get(id)).isEqualTo(loaded);
        assertThat(loaded.questions()).hasSize(2);
        assertThatThrownBy(() -> as("admin", () -> templates.load("n.json", bytes(template(id)))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as("admin", () -> templates.load("p.json", bytes(template("preliminary")))))
                .isInstanceOf(ConflictException.class);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String template(String id) {
        String levels = """
                [{"score": 0, "meaning": {"en": "none"}},
                 {"score": 1, "meaning": {"en": "partly"}},
                 {"score": 2, "meaning": {"en": "largely"}},
                 {"score": 3, "meaning": {"en": "fully"}}]""";
        return """
                {
                  "id": "%s",
                  "version": "2025-1",
                  "title": {"en": "National variant", "ru": "Национальный вариант"},
                  "basedOn": "test",
                  "complete": true,
                  "scale": {"min": 0, "max": 3},
                  "essentials": [
                    {"number": 1, "questions": [
                      {"code": "N1.1", "text": {"en": "Plan"}, "levels": %s},
                      {"code": "N1.2", "text": {"en": "Coordination"}, "levels": %s}
                    ]}
                  ]
                }""".formatted(id, levels, levels);
    }
}
