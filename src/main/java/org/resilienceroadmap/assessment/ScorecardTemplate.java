package org.resilienceroadmap.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A scorecard as data: its questions grouped by Essential, each with its own meaning for every
 * score of the scale. {@code complete} is false where the template follows a partly published
 * question list, so that nobody takes it for the whole instrument.
 */
public record ScorecardTemplate(
        String id,
        String version,
        Map<String, String> title,
        String basedOn,
        boolean complete,
        Scale scale,
        List<EssentialSection> essentials) {

    public ScorecardTemplate {
        require(id != null && id.matches("[a-z0-9][a-z0-9-]{1,40}"), "id: 2–41 small letters, digits or hyphens");
        require(version != null && !version.isBlank(), "version is required");
        require(title != null && title.containsKey("en"), "title needs an English text (en)");
        require(scale != null, "scale is required");
        require(essentials != null && !essentials.isEmpty(), "essentials are required");
        Set<Integer> numbers = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (EssentialSection section : essentials) {
            require(numbers.add(section.number()), "Essential " + section.number() + " appears twice");
            for (ScorecardQuestion q : section.questions()) {
                require(codes.add(q.code()), "question code " + q.code() + " appears twice");
                q.requireScale(scale);
            }
        }
        essentials = List.copyOf(essentials);
        title = Map.copyOf(title);
    }

    public record Scale(int min, int max) {
        public Scale {
            require(min >= 0 && max > min && max <= 10, "scale: 0 ≤ min < max ≤ 10");
        }
    }

    @JsonIgnore
    public List<ScorecardQuestion> questions() {
        return essentials.stream().flatMap(e -> e.questions().stream()).toList();
    }

    public Optional<ScorecardQuestion> question(String code) {
        return questions().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public int essentialOf(String code) {
        return essentials.stream()
                .filter(e -> e.questions().stream().anyMatch(q -> q.code().equals(code)))
                .mapToInt(EssentialSection::number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No question " + code + " in " + id));
    }

    public String title(String language) {
        return title.getOrDefault(language, title.get("en"));
    }

    static void require(boolean condition, String reason) {
        if (!condition) {
            throw new IllegalArgumentException(reason);
        }
    }
}
