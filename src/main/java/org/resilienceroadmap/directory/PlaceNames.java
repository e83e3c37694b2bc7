package org.resilienceroadmap.directory;

import java.util.Locale;

/**
 * The names of a place: the international (Latin) one, the local one, and the Russian one where
 * known. Pages show the reader's: Russian readers get "Душанбе" and "Кралево", not "Dushanbe".
 */
public record PlaceNames(String name, String localName, String russianName) {

    /** The name a reader of this language writes; Russian readers fall back to the local name, then the Latin one. */
    public String in(Locale locale) {
        if ("ru".equals(locale.getLanguage())) {
            return present(russianName) ? russianName : present(localName) ? localName : name;
        }
        return name;
    }

    /** The reader's name followed by the local one where it differs, e.g. "Dushanbe (Душанбе)", "Кралево (Краљево)". */
    public String displayIn(Locale locale) {
        String own = in(locale);
        return present(localName) && !localName.equals(own) ? own + " (" + localName + ")" : own;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
