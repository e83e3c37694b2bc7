package org.resilienceroadmap.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.resilienceroadmap.shared.i18n.ListWords;
import org.resilienceroadmap.shared.i18n.Plurals;

/**
 * What an objective is tied to, in the reader's words: "Essentials 1 and 3 · Hazard: Flash flood ·
 * 2 findings" (Russian "Принципы 1 и 3 · Опасность: Сель · 2 вывода"), never the codes it is kept
 * by. The objective lines and the version comparison both say it so.
 */
public final class ObjectiveTies {

    /** The reader's bundle: a text by key, with its arguments. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    private final Texts texts;
    private final Locale locale;
    private final Map<String, String> hazardNames;

    /** {@code hazardNames} names hazards by code in the reader's language; an unnamed one keeps its code. */
    public ObjectiveTies(Texts texts, Locale locale, Map<String, String> hazardNames) {
        this.texts = texts;
        this.locale = locale;
        this.hazardNames = hazardNames;
    }

    /** Only the ties it has, never an empty "hazards". */
    public List<String> parts(ObjectiveDraft o) {
        List<String> parts = new ArrayList<>();
        String and = texts.get("words.and");
        if (!o.essentials().isEmpty()) {
            parts.add(texts.get(
                    Plurals.key(
                            "strategy.objective.tieEssentials", o.essentials().size(), locale),
                    ListWords.join(o.essentials().stream().map(String::valueOf).toList(), and)));
        }
        if (!o.hazards().isEmpty()) {
            parts.add(texts.get(
                    Plurals.key("strategy.objective.tieHazards", o.hazards().size(), locale),
                    ListWords.join(
                            o.hazards().stream()
                                    .map(h -> hazardNames.getOrDefault(h, h))
                                    .toList(),
                            and)));
        }
        if (!o.findingIds().isEmpty()) {
            parts.add(texts.get(
                    Plurals.key("strategy.objective.tieFindings", o.findingIds().size(), locale),
                    o.findingIds().size()));
        }
        return parts;
    }

    /** The ties as one line, or the words for an objective tied to nothing yet. */
    public String line(ObjectiveDraft o) {
        List<String> parts = parts(o);
        return parts.isEmpty() ? texts.get("strategy.objective.noTies") : String.join(" · ", parts);
    }
}
