package org.resilienceroadmap.funding.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.funding.ResultKind;
import org.resilienceroadmap.funding.ResultLine;
import org.springframework.context.MessageSource;

/** The matrix's sheet as it is written: the two header rows, then each result's rows below the last. */
class LogframeSheet {

    /** Results chain, indicator, baseline value and year, target value and year, current value and date, sources, assumptions. */
    static final int COLUMNS = 10;

    private static final int[] WIDTHS = {40, 40, 11, 9, 11, 9, 11, 12, 32, 36};

    private final MessageSource messages;
    private final Locale locale;
    private final LogframeStyles styles;
    private final Sheet sheet;
    private int next = 2;

    LogframeSheet(Workbook book, MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.styles = new LogframeStyles(book);
        this.sheet = book.createSheet(WorkbookUtil.createSafeSheetName(text("logframe.sheet")));
        for (int c = 0; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
    }

    Sheet sheet() {
        return sheet;
    }

    void header() {
        Row top = sheet.createRow(0);
        Row sub = sheet.createRow(1);
        for (int c = 0; c < COLUMNS; c++) {
            top.createCell(c).setCellStyle(styles.header());
            sub.createCell(c).setCellStyle(styles.header());
        }
        top.getCell(0).setCellValue(text("logframe.column.chain"));
        top.getCell(1).setCellValue(text("logframe.column.indicators"));
        top.getCell(2).setCellValue(text("logframe.column.baseline"));
        top.getCell(4).setCellValue(text("logframe.column.target"));
        top.getCell(6).setCellValue(text("logframe.column.current"));
        top.getCell(8).setCellValue(text("logframe.column.verification"));
        top.getCell(9).setCellValue(text("logframe.column.assumptions"));
        String value = text("logframe.column.value");
        String year = text("logframe.column.year");
        sub.getCell(2).setCellValue(value);
        sub.getCell(3).setCellValue(year);
        sub.getCell(4).setCellValue(value);
        sub.getCell(5).setCellValue(year);
        sub.getCell(6).setCellValue(value);
        sub.getCell(7).setCellValue(text("logframe.column.date"));
        for (int c : new int[] {0, 1, 8, 9}) {
            sheet.addMergedRegion(new CellRangeAddress(0, 1, c, c));
        }
        for (int c : new int[] {2, 4, 6}) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, c, c + 1));
        }
    }

    void result(ResultLine result, List<IndicatorLine> indicators) {
        String level = result.kind() == ResultKind.OUTCOME
                ? text("logframe.level.outcome", result.code())
                : text("logframe.level.output", result.code());
        rows(level, result.title(), result.assumptions(), indicators);
    }

    /** The result's rows, one per indicator (one empty when it has none), the result and assumptions merged over them. */
    void rows(String level, String statement, String assumptions, List<IndicatorLine> indicators) {
        int first = next;
        int rows = Math.max(1, indicators.size());
        for (int k = 0; k < rows; k++) {
            Row row = sheet.createRow(first + k);
            for (int c = 0; c < COLUMNS; c++) {
                row.createCell(c).setCellStyle(styles.text());
            }
            if (k < indicators.size()) {
                indicator(row, indicators.get(k));
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
        next = first + rows;
    }

    private void indicator(Row row, IndicatorLine i) {
        row.getCell(1).setCellValue(text("logframe.indicator", i.code(), i.name(), i.unit()));
        number(row.getCell(2), i.baseline());
        year(row.getCell(3), i.baselineYear());
        number(row.getCell(4), i.target());
        year(row.getCell(5), i.targetYear());
        number(row.getCell(6), i.actual());
        date(row.getCell(7), i.asOf());
        if (i.meansOfVerification() != null) {
            row.getCell(8).setCellValue(i.meansOfVerification());
        }
    }

    private void number(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.number());
        }
    }

    private void year(Cell cell, Integer year) {
        if (year != null) {
            cell.setCellValue(year);
            cell.setCellStyle(styles.year());
        }
    }

    private void date(Cell cell, LocalDate day) {
        if (day != null) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.date());
        }
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
