package org.resilienceroadmap.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the product speaks. Adding one means adding its messages_xx.properties. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, RUSSIAN);

    private Languages() {
    }

    public static Locale of(String tag) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst().orElse(ENGLISH);
    }
}
