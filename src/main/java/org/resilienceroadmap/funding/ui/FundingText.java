package org.resilienceroadmap.funding.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.resilienceroadmap.shared.i18n.Percent;

/** How the funding pages print money, numbers, dates and periods, in one style. */
final class FundingText {

    private FundingText() {}

    static String money(Locale locale, BigDecimal amount, String currency) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return (currency == null ? "" : currency + " ") + format.format(amount);
    }

    static String number(Locale locale, BigDecimal value, String unit) {
        if (value == null) {
            return "—";
        }
        if ("%".equals(unit)) {
            return Percent.format(locale, value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    static String date(Locale locale, LocalDate date) {
        return date == null
                ? "—"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    static String moment(Locale locale, Instant at) {
        return at == null
                ? "—"
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                                .withLocale(locale)
                                .format(at.atZone(ZoneOffset.UTC))
                        + " UTC";
    }

    static String period(Locale locale, LocalDate start, LocalDate end) {
        return date(locale, start) + " – " + date(locale, end);
    }
}
