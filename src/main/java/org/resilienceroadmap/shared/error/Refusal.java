package org.resilienceroadmap.shared.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.resilienceroadmap.shared.i18n.ListWords;
import org.resilienceroadmap.shared.i18n.Plurals;

/**
 * Why the application refused a step, as a bundle key and its arguments rather than an English
 * sentence: a page writes it in its reader's language (people by their display names, lists as
 * words), the REST API in English (people by their account names, as the API names them).
 * <p>
 * Arguments are plain values or one of the nested kinds below. With a {@code count} the key is a
 * plural base ({@code key.one}, {@code key.few}, {@code key.many}; see {@link Plurals}).
 */
public record Refusal(String key, Long count, List<Object> args) {

    public Refusal {
        // A missing value (a template id the caller left out) is still a refusal, never a crash.
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public static Refusal of(String key, Object... args) {
        return new Refusal(key, null, java.util.Arrays.asList(args));
    }

    /** A counted refusal: {@code count} picks the plural form and is its first argument, {0}. */
    public static Refusal counted(String key, long count, Object... more) {
        Object[] all = new Object[more.length + 1];
        all[0] = count;
        System.arraycopy(more, 0, all, 1, more.length);
        return new Refusal(key, count, java.util.Arrays.asList(all));
    }

    /** A person, named by their display name on a page and by their account name in the API. */
    public record Person(String username) {}

    /** Another bundle text, e.g. the name of a field: {@code field.title}. */
    public record Text(String key) {}

    /** A moment, written as the reader writes a date and time, in UTC (the bundle text says so). */
    public record Moment(java.time.Instant at) {}

    /** A calendar day, written as the reader writes a date. */
    public record Day(java.time.LocalDate day) {}

    /** Items written as a list in words: "A, B and C" ({@code and}) or "A, B or C". */
    public record Words(List<?> items, boolean and) {
        public Words {
            items = List.copyOf(items);
        }
    }

    /** The sentence in a language, looking texts up with {@code translate} and naming people with {@code names}. */
    public String in(Locale locale, Translator translate, Function<String, String> names) {
        Object[] values =
                args.stream().map(arg -> value(arg, translate, names, locale)).toArray();
        String base = count == null ? key : Plurals.key(key, count, locale);
        return translate.text(base, locale, values);
    }

    /** The English sentence of the REST API and the logs, from the English bundle. */
    public String english() {
        ResourceBundle english = ResourceBundle.getBundle(
                "messages",
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // As Spring's MessageSource does: a text without arguments is taken as written, apostrophes and all.
        Translator fromBundle = (k, locale, values) -> !english.containsKey(k)
                ? k
                : values.length == 0
                        ? english.getString(k)
                        : new MessageFormat(english.getString(k), Locale.ENGLISH).format(values);
        return in(Locale.ENGLISH, fromBundle, username -> username);
    }

    private static Object value(Object arg, Translator translate, Function<String, String> names, Locale locale) {
        if (arg instanceof Person person) {
            return names.apply(person.username());
        }
        if (arg instanceof Moment moment) {
            return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .withZone(java.time.ZoneOffset.UTC)
                    .format(moment.at());
        }
        if (arg instanceof Day day) {
            return org.resilienceroadmap.shared.Days.format(locale, day.day());
        }
        if (arg instanceof Text text) {
            return translate.text(text.key(), locale);
        }
        if (arg instanceof Words words) {
            List<String> items = words.items().stream()
                    .map(item -> String.valueOf(value(item, translate, names, locale)))
                    .toList();
            return ListWords.join(items, translate.text(words.and() ? "words.and" : "words.or", locale));
        }
        return arg;
    }

    /** A text of the bundles in a language. */
    @FunctionalInterface
    public interface Translator {
        String text(String key, Locale locale, Object... values);
    }
}
