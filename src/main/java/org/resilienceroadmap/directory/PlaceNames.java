package org.resilienceroadmap.directory;

import java.util.Locale;

/**
 * The names of a place: the international (Latin) one, the local one, and the Russian and Serbian
 * (Latin script) ones where known. Pages show the reader's: Russian readers get "Душанбе" and
 * "Кралево", Serbian readers "Dušanbe" and "Kraljevo", not "Dushanbe".
 */
public record PlaceNames(String name, String localName, String russianName, String serbianName) {

    /** Serbian Cyrillic letters and their Latin spelling, at the same index. */
    private static final String CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш";

    private static final String[] LATIN = {
        "a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s", "t",
        "ć", "u", "f", "h", "c", "č", "dž", "š"
    };

    public PlaceNames(String name, String localName, String russianName) {
        this(name, localName, russianName, null);
    }

    /**
     * The name a reader of this language writes. Russian readers fall back to the local name, then the
     * Latin one; Serbian readers to the Latin one, never the local one, which may be Cyrillic.
     */
    public String in(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        if ("ru".equals(language)) {
            return present(russianName) ? russianName : present(localName) ? localName : name;
        }
        if ("sr".equals(language)) {
            return present(serbianName) ? serbianName : name;
        }
        return name;
    }

    /**
     * The reader's name followed by the local one where it differs, e.g. "Dushanbe (Душанбе)", "Кралево
     * (Краљево)". Serbian readers get "Kraljevo" and "Dušanbe" alone: a local name that is only their own
     * written in Cyrillic tells them nothing new.
     */
    public String displayIn(Locale locale) {
        String own = in(locale);
        boolean sameWord = locale != null
                && "sr".equals(locale.getLanguage())
                && present(localName)
                && own.equals(latin(localName));
        return present(localName) && !localName.equals(own) && !sameWord ? own + " (" + localName + ")" : own;
    }

    /** Serbian Cyrillic in Latin script, letter by letter (Краљево → Kraljevo, Душанбе → Dušanbe). */
    static String latin(String cyrillic) {
        StringBuilder out = new StringBuilder(cyrillic.length());
        for (char c : cyrillic.toCharArray()) {
            int i = CYRILLIC.indexOf(Character.toLowerCase(c));
            if (i < 0) {
                out.append(c);
            } else {
                String letter = LATIN[i];
                out.append(
                        Character.isUpperCase(c)
                                ? Character.toUpperCase(letter.charAt(0)) + letter.substring(1)
                                : letter);
            }
        }
        return out.toString();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
