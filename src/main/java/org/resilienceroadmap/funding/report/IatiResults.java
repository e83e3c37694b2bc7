package org.resilienceroadmap.funding.report;

import static org.resilienceroadmap.funding.report.IatiFinance.present;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.funding.IndicatorPeriod;
import org.resilienceroadmap.funding.ProgrammeFacts;
import org.resilienceroadmap.funding.ProgrammeRecord;
import org.resilienceroadmap.funding.ResultLine;

/**
 * The results framework as IATI results: each outcome and output with its indicators, their baseline, and
 * one period holding the target and the actual. IATI's results are a flat list; the logframe's nesting of
 * outputs under outcomes has no place in it.
 */
final class IatiResults {

    private static final String MEASURE_UNIT = "1";
    private static final String MEASURE_PERCENTAGE = "2";

    private IatiResults() {}

    static void write(IatiXml xml, ProgrammeRecord record) {
        Map<String, List<IndicatorLine>> byResult = present(record.indicators()).stream()
                .filter(indicator -> indicator.resultCode() != null)
                .collect(Collectors.groupingBy(IndicatorLine::resultCode));
        for (ResultLine result : present(record.results())) {
            List<IndicatorLine> indicators = byResult.getOrDefault(result.code(), List.of());
            // The schema wants at least one indicator per result and a type; an invented indicator would publish
            // a measure nobody agreed to, so a result without indicators (or without a kind) is left out.
            if (indicators.isEmpty() || result.kind() == null) {
                continue;
            }
            xml.start("result").attr("type", result.kind().iatiType()).attr("aggregation-status", "0");
            xml.textElement("title", firstOf(result.title(), result.code()));
            indicators.forEach(indicator -> writeIndicator(
                    xml,
                    indicator,
                    record.facts(),
                    record.periods() == null ? List.of() : record.periods().getOrDefault(indicator.code(), List.of())));
            xml.end();
        }
    }

    private static void writeIndicator(
            IatiXml xml, IndicatorLine indicator, ProgrammeFacts facts, List<IndicatorPeriod> years) {
        xml.start("indicator").attr("measure", measure(indicator.unit())).attr("ascending", ascending(indicator));
        xml.textElement("title", firstOf(indicator.name(), indicator.code()));
        if (indicator.baseline() != null) {
            // The schema requires a baseline year; a baseline without one counts as measured when the programme began.
            int year = indicator.baselineYear() != null
                    ? indicator.baselineYear()
                    : facts.periodStart().getYear();
            xml.leaf("baseline").attr("year", year).attr("value", IatiXml.decimal(indicator.baseline()));
        }
        if (!years.isEmpty()) {
            // One period per year of the activity, each year's actual from that year's data.
            for (IndicatorPeriod year : years) {
                if (year.target() == null && year.actual() == null) {
                    continue;
                }
                xml.start("period");
                xml.leaf("period-start").attr("iso-date", year.start());
                xml.leaf("period-end").attr("iso-date", year.end());
                if (year.target() != null) {
                    xml.leaf("target").attr("value", IatiXml.decimal(year.target()));
                }
                if (year.actual() != null) {
                    xml.leaf("actual").attr("value", IatiXml.decimal(year.actual()));
                }
                xml.end();
            }
        } else if (indicator.target() != null || indicator.actual() != null) {
            boolean targetYear = indicator.targetYear() != null;
            LocalDate start = targetYear ? LocalDate.of(indicator.targetYear(), 1, 1) : facts.periodStart();
            LocalDate end = targetYear ? LocalDate.of(indicator.targetYear(), 12, 31) : facts.periodEnd();
            xml.start("period");
            xml.leaf("period-start").attr("iso-date", start);
            xml.leaf("period-end").attr("iso-date", end);
            if (indicator.target() != null) {
                xml.leaf("target").attr("value", IatiXml.decimal(indicator.target()));
            }
            if (indicator.actual() != null) {
                xml.leaf("actual").attr("value", IatiXml.decimal(indicator.actual()));
            }
            xml.end();
        }
        xml.end();
    }

    static String measure(String unit) {
        if (unit == null) {
            return MEASURE_UNIT;
        }
        String normalised = unit.strip().toLowerCase(Locale.ROOT);
        boolean percentage = normalised.startsWith("%") || normalised.startsWith("percent");
        return percentage ? MEASURE_PERCENTAGE : MEASURE_UNIT;
    }

    /**
     * The indicator's own direction (overdue actions: lower is better); a line kept before directions were
     * (none given): up is better unless the target lies below the baseline.
     */
    private static String ascending(IndicatorLine indicator) {
        if (indicator.direction() != null) {
            return indicator.lowerIsBetter() ? "0" : "1";
        }
        boolean descending = indicator.baseline() != null
                && indicator.target() != null
                && indicator.target().compareTo(indicator.baseline()) < 0;
        return descending ? "0" : "1";
    }

    private static String firstOf(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : Objects.requireNonNullElse(fallback, "");
    }
}
