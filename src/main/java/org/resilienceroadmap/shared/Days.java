package org.resilienceroadmap.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Calendar days as people pick them — a due date, a deadline — kept as days. Where the engine needs an
 * instant (a task's due date, a timer), a picked day becomes the moment it ends in UTC, the zone the
 * application's clock reckons days in, and that moment reads back as the same day. No picked day passes
 * through the server's or the browser's time zone, so it is the same day on every page, in every notice
 * and e-mail and in the API, wherever the server and the reader are.
 */
public final class Days {

    /** The zone the application reckons calendar days in: its clock's, whatever the server's own zone. */
    public static final ZoneOffset ZONE = ZoneOffset.UTC;

    private Days() {}

    /** Today as the application reckons it: what a page offers by default is what a service accepts. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The moment a date-only deadline passes: the end of the day (the start of the next one, UTC). */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The day a deadline falls due: {@link #endOf} read back; a deadline at midnight ends the day before it. */
    public static LocalDate dueDay(Instant deadline) {
        return deadline.minusNanos(1).atOffset(ZONE).toLocalDate();
    }

    /** A day as a reader writes it (e.g. "Dec 12, 2026", "12 дек. 2026 г."): a date, never a time. */
    public static String format(Locale locale, LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(day);
    }

    /** A deadline as the day it is due, for a reader. */
    public static String formatDue(Locale locale, Instant deadline) {
        return format(locale, dueDay(deadline));
    }
}
