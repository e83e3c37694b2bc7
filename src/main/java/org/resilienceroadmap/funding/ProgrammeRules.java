package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;

/** The checks on what people type into a programme, each naming the field it refuses. */
final class ProgrammeRules {

    private ProgrammeRules() {}

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, Refusal.of("refusal.field.required", name(field)));
        }
        if (value.strip().length() > max) {
            throw new InvalidRequestException(field, Refusal.counted("refusal.field.tooLong", max, name(field)));
        }
        return value.strip();
    }

    static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : text(field, value, max);
    }

    /** A programme's code holds 64 characters, a result's or an indicator's 20 (their columns). */
    static final int PROGRAMME_CODE = 64;

    static final int FRAMEWORK_CODE = 20;

    static String code(String field, String value, int max) {
        String code = text(field, value, max);
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new InvalidRequestException(field, Refusal.of("refusal.field.codeCharacters", name(field)));
        }
        return code;
    }

    static String currency(String field, String value) {
        String currency = text(field, value, 3).toUpperCase(java.util.Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw new InvalidRequestException(field, Refusal.of("refusal.field.currency", name(field)));
        }
        return currency;
    }

    static BigDecimal amount(String field, BigDecimal value, boolean positive) {
        if (value == null) {
            throw new InvalidRequestException(field, Refusal.of("refusal.field.required", name(field)));
        }
        if (positive ? value.signum() <= 0 : value.signum() < 0) {
            throw new InvalidRequestException(
                    field, Refusal.of(positive ? "refusal.field.positive" : "refusal.field.notNegative", name(field)));
        }
        if (value.scale() > 2 || value.precision() - value.scale() > 17) {
            throw new InvalidRequestException(field, Refusal.of("refusal.field.tooManyDigits", name(field)));
        }
        return value;
    }

    /** An indicator's figure: its column holds 17 digits before the point (numeric(19, 2)). */
    static BigDecimal figure(String field, BigDecimal value) {
        if (value != null && value.precision() - value.scale() > 17) {
            throw new InvalidRequestException(field, Refusal.of("refusal.field.tooManyDigits", name(field)));
        }
        return value;
    }

    static void period(String field, LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw new InvalidRequestException(field, Refusal.of("refusal.field.periodEnds"));
        }
        if (end.isBefore(start)) {
            throw new InvalidRequestException(field, Refusal.of("refusal.field.periodBackwards"));
        }
    }

    static Integer year(String field, Integer year) {
        if (year != null && (year < 1950 || year > 2100)) {
            throw new InvalidRequestException(field, Refusal.of("refusal.field.year", name(field)));
        }
        return year;
    }

    /** The field as its form labels it ({@code programme.field.title}); the API's English names it so too. */
    private static Refusal.Text name(String field) {
        return new Refusal.Text("refusal.fieldName." + field);
    }
}
