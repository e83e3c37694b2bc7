package org.resilienceroadmap.shared.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the product speaks. Adding one means adding its messages_xx.properties. Serbian is
 * written in Latin script ({@code sr-Latn}), as Serbian local governments write to each other; Java's
 * ResourceBundle looks for {@code messages_sr_Latn} first, then {@code messages_sr}.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale SERBIAN = Locale.forLanguageTag("sr-Latn");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, RUSSIAN, SERBIAN);

    private Languages() {}

    /**
     * The supported language a tag names: "ru", "ru-RU", "sr", "sr-Latn", "sr_Latn" (as Java's
     * Locale.toString writes it) or "sr-Latn-RS"; English for anything else, including none.
     */
    public static Locale of(String tag) {
        if (tag == null || tag.isBlank()) {
            return ENGLISH;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(ENGLISH);
    }

    /** The tag an account stores for the language: "en", "ru" or "sr-Latn" (at most 8 characters). */
    public static String tag(Locale locale) {
        return of(locale == null ? null : locale.toLanguageTag()).toLanguageTag();
    }

    /** The tags of the supported languages, for choosers and the API. */
    public static List<String> tags() {
        return SUPPORTED.stream().map(Locale::toLanguageTag).toList();
    }

    /** The bundle key naming the language in itself ("language.sr" → "Srpski"). */
    public static String nameKey(Locale locale) {
        return "language." + of(locale == null ? null : locale.toLanguageTag()).getLanguage();
    }
}
