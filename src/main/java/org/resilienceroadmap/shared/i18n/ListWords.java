package org.resilienceroadmap.shared.i18n;

import java.util.List;

/**
 * A list written as people write it: "ODT, DOCX, PDF, PNG or JPEG", "1 and 3", never Java's
 * "[ODT, DOCX]". The last word ("or", "and") comes from the reader's bundle ({@code words.or},
 * {@code words.and}).
 */
public final class ListWords {

    private ListWords() {}

    public static String join(List<String> items, String lastWord) {
        if (items == null || items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + lastWord + " "
                + items.get(items.size() - 1);
    }
}
