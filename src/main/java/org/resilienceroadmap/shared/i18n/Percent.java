package org.resilienceroadmap.shared.i18n;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A percentage as the reader writes it: "33.3%" in English, "33,3 %" in Russian. One helper, so that a
 * page never shows two forms side by side (a fixed-locale String.format next to a localised one).
 */
public final class Percent {

    private Percent() {}

    /** {@code percent} in percent (33.3 for a third), shown to one decimal where it has one; "—" for none. */
    public static String format(Locale locale, Number percent) {
        if (percent == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(percent.doubleValue() / 100.0);
    }
}
