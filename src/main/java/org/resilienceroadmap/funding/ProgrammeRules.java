package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.resilienceroadmap.shared.error.InvalidRequestException;

/** The checks on what people type into a programme, each naming the field it refuses. */
final class ProgrammeRules {

    private ProgrammeRules() {
    }

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " is required");
        }
        if (value.strip().length() > max) {
            throw new InvalidRequestException(field, field + " is longer than " + max + " characters");
        }
        return value.strip();
    }

    static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : text(field, value, max);
    }

    static String code(String field, String value) {
        String code = text(field, value, 64);
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new InvalidRequestException(field, field + " may hold letters, digits, '.', '_' and '-' only");
        }
        return code;
    }

    static String currency(String field, String value) {
        String currency = text(field, value, 3).toUpperCase(java.util.Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw new InvalidRequestException(field, field + " must be a three-letter ISO 4217 code");
        }
        return currency;
    }

    static BigDecimal amount(String field, BigDecimal value, boolean positive) {
        if (value == null) {
            throw new InvalidRequestException(field, field + " is required");
        }
        if (positive ? value.signum() <= 0 : value.signum() < 0) {
            throw new InvalidRequestException(field, field + (positive ? " must be more than zero" : " may not be negative"));
        }
        if (value.scale() > 2 || value.precision() - value.scale() > 17) {
            throw new InvalidRequestException(field, field + " has too many digits");
        }
        return value;
    }

    static void period(String field, LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw new InvalidRequestException(field, "the period needs a start and an end");
        }
        if (end.isBefore(start)) {
            throw new InvalidRequestException(field, "the period ends before it starts");
        }
    }

    static Integer year(String field, Integer year) {
        if (year != null && (year < 1950 || year > 2100)) {
            throw new InvalidRequestException(field, field + " must be a year between 1950 and 2100");
        }
        return year;
    }
}
