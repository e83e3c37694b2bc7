package org.resilienceroadmap.funding.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.funding.Logframe;
import org.resilienceroadmap.funding.ResultKind;
import org.resilienceroadmap.funding.ResultLine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The EU logical-framework matrix on one sheet: impact, then outcomes, then outputs, one row per indicator
 * with the result and its assumptions merged over its indicators. Baseline, target and current value each
 * take a value and a year (or date) column, so the numbers stay numbers. Headed in the reader's language,
 * the header frozen and repeated on each printed page, printed landscape one page wide.
 */
@Component
public class LogframeWorkbook {

    /** Results chain, indicator, baseline value and year, target value and year, current value and date, sources, assumptions. */
    static final int COLUMNS = 10;

    private static final int[] WIDTHS = {40, 40, 11, 9, 11, 9, 11, 12, 32, 36};

    private final MessageSource messages;

    public LogframeWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(Logframe logframe, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            LogframeStyles styles = new LogframeStyles(book);
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(text(locale, "logframe.sheet")));
            header(sheet, styles, locale);
            int r = 2;
            r = rows(
                    sheet,
                    styles,
                    r,
                    text(locale, "logframe.level.impact"),
                    logframe.impact(),
                    null,
                    List.of(),
                    locale);
            Map<String, List<IndicatorLine>> byResult = logframe.indicators().stream()
                    .filter(i -> i.resultCode() != null)
                    .collect(Collectors.groupingBy(IndicatorLine::resultCode));
            for (ResultLine outcome : ofKind(logframe.results(), ResultKind.OUTCOME)) {
                r = result(sheet, styles, r, locale, outcome, byResult);
            }
            for (ResultLine output : outputs(logframe.results())) {
                r = result(sheet, styles, r, locale, output, byResult);
            }
            for (int c = 0; c < COLUMNS; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 2);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(Sheet sheet, LogframeStyles styles, Locale locale) {
        Row top = sheet.createRow(0);
        Row sub = sheet.createRow(1);
        for (int c = 0; c < COLUMNS; c++) {
            top.createCell(c).setCellStyle(styles.header());
            sub.createCell(c).setCellStyle(styles.header());
        }
        top.getCell(0).setCellValue(text(locale, "logframe.column.chain"));
        top.getCell(1).setCellValue(text(locale, "logframe.column.indicators"));
        top.getCell(2).setCellValue(text(locale, "logframe.column.baseline"));
        top.getCell(4).setCellValue(text(locale, "logframe.column.target"));
        top.getCell(6).setCellValue(text(locale, "logframe.column.current"));
        top.getCell(8).setCellValue(text(locale, "logframe.column.verification"));
        top.getCell(9).setCellValue(text(locale, "logframe.column.assumptions"));
        String value = text(locale, "logframe.column.value");
        String year = text(locale, "logframe.column.year");
        sub.getCell(2).setCellValue(value);
        sub.getCell(3).setCellValue(year);
        sub.getCell(4).setCellValue(value);
        sub.getCell(5).setCellValue(year);
        sub.getCell(6).setCellValue(value);
        sub.getCell(7).setCellValue(text(locale, "logframe.column.date"));
        for (int c : new int[] {0, 1, 8, 9}) {
            sheet.addMergedRegion(new CellRangeAddress(0, 1, c, c));
        }
        for (int c : new int[] {2, 4, 6}) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, c, c + 1));
        }
    }

    private int result(
            Sheet sheet,
            LogframeStyles styles,
            int r,
            Locale locale,
            ResultLine result,
            Map<String, List<IndicatorLine>> byResult) {
        String level = result.kind() == ResultKind.OUTCOME
                ? text(locale, "logframe.level.outcome", result.code())
                : text(locale, "logframe.level.output", result.code());
        List<IndicatorLine> indicators = byResult.getOrDefault(result.code(), List.of());
        return rows(sheet, styles, r, level, result.title(), result.assumptions(), indicators, locale);
    }

    /** The result's rows, one per indicator (one empty when it has none), the result and assumptions merged over them. */
    private int rows(
            Sheet sheet,
            LogframeStyles styles,
            int first,
            String level,
            String statement,
            String assumptions,
            List<IndicatorLine> indicators,
            Locale locale) {
        int rows = Math.max(1, indicators.size());
        for (int k = 0; k < rows; k++) {
            Row row = sheet.createRow(first + k);
            for (int c = 0; c < COLUMNS; c++) {
                row.createCell(c).setCellStyle(styles.text());
            }
            if (k < indicators.size()) {
                indicator(row, styles, indicators.get(k), locale);
            }
        }
        Row top = sheet.getRow(first);
        top.getCell(0).setCellValue(statement == null || statement.isBlank() ? level : level + "\n" + statement);
        top.getCell(0).setCellStyle(styles.result());
        if (assumptions != null) {
            top.getCell(9).setCellValue(assumptions);
        }
        if (rows > 1) {
            sheet.addMergedRegion(new CellRangeAddress(first, first + rows - 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(first, first + rows - 1, 9, 9));
        }
        return first + rows;
    }

    private void indicator(Row row, LogframeStyles styles, IndicatorLine i, Locale locale) {
        row.getCell(1).setCellValue(text(locale, "logframe.indicator", i.code(), i.name(), i.unit()));
        number(row.getCell(2), styles, i.baseline());
        year(row.getCell(3), styles, i.baselineYear());
        number(row.getCell(4), styles, i.target());
        year(row.getCell(5), styles, i.targetYear());
        number(row.getCell(6), styles, i.actual());
        date(row.getCell(7), styles, i.asOf());
        if (i.meansOfVerification() != null) {
            row.getCell(8).setCellValue(i.meansOfVerification());
        }
    }

    private static void number(Cell cell, LogframeStyles styles, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.number());
        }
    }

    private static void year(Cell cell, LogframeStyles styles, Integer year) {
        if (year != null) {
            cell.setCellValue(year);
            cell.setCellStyle(styles.year());
        }
    }

    private static void date(Cell cell, LogframeStyles styles, LocalDate day) {
        if (day != null) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.date());
        }
    }

    private static List<ResultLine> ofKind(List<ResultLine> results, ResultKind kind) {
        return results.stream().filter(r -> r.kind() == kind).toList();
    }

    /** Outputs in the order of their outcomes, each outcome's in their own order. */
    private static List<ResultLine> outputs(List<ResultLine> results) {
        List<String> outcomes = ofKind(results, ResultKind.OUTCOME).stream()
                .map(ResultLine::code)
                .toList();
        List<ResultLine> outputs = new ArrayList<>(ofKind(results, ResultKind.OUTPUT));
        outputs.sort(Comparator.comparingInt(o -> outcomes.indexOf(o.parentCode())));
        return outputs;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
