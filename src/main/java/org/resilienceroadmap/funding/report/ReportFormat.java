package org.resilienceroadmap.funding.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** Texts and figures in the reader's language; every missing value prints as a dash. */
final class ReportFormat {

    static final String NONE = "—";

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    ReportFormat(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault());
    }

    /** The reader's language, for names kept in several (a place's Russian name). */
    Locale locale() {
        return locale;
    }

    /** The text of {@code report.pdf.<key>}. */
    String text(String key, Object... args) {
        return messages.getMessage("report.pdf." + key, args, locale);
    }

    /** A text of the application bundle outside this report's keys, such as a stage name. */
    String shared(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return NONE;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        return text("amount", orNone(currency), number.format(amount));
    }

    String number(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        return number.format(value);
    }

    String percent(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        return text("percent", number.format(value));
    }

    /** A figure with the year it refers to, "12 (2023)"; the year is left out when unknown. */
    String withYear(BigDecimal value, Integer year) {
        return year == null ? number(value) : number(value) + " (" + year + ")";
    }

    String date(LocalDate value) {
        return value == null ? NONE : date.format(value);
    }

    String time(Instant value) {
        return value == null ? NONE : time.format(value);
    }

    String period(LocalDate start, LocalDate end) {
        return start == null && end == null ? NONE : text("period", date(start), date(end));
    }

    /** A roadmap stage by its bundle name; a jurisdiction without one has not joined. */
    String stage(String code) {
        return code == null || code.isBlank() || "NONE".equals(code) ? shared("stage.none") : shared("stage." + code);
    }

    String yesNo(boolean value) {
        return text(value ? "yes" : "no");
    }

    static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
