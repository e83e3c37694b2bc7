package org.resilienceroadmap.shared.i18n;

import java.util.Locale;

/**
 * Picks the plural form of a counted text: {@code base.one}, {@code base.few} or {@code base.many}.
 * {@link java.text.MessageFormat}'s choice format cannot express the Russian rule (1 and 21 take
 * one form, 2–4 and 22–24 another, 5–20 and 11–14 a third), so the rule lives here and each bundle
 * holds the three forms (English writes the same text for "few" and "many").
 */
public final class Plurals {

    private Plurals() {}

    /** The key of the form {@code count} takes in the reader's language. */
    public static String key(String base, long count, Locale locale) {
        return base + "." + form(count, locale);
    }

    static String form(long count, Locale locale) {
        long n = Math.abs(count);
        String language = locale == null ? "" : locale.getLanguage();
        if ("ru".equals(language) || "sr".equals(language) || "uk".equals(language)) {
            long last = n % 10;
            long lastTwo = n % 100;
            if (last == 1 && lastTwo != 11) {
                return "one";
            }
            if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
                return "few";
            }
            return "many";
        }
        return n == 1 ? "one" : "many";
    }
}
