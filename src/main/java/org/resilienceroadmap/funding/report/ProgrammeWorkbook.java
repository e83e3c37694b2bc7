package org.resilienceroadmap.funding.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.funding.MoneyProgress;
import org.springframework.stereotype.Component;

/**
 * A programme's figures as an .xlsx workbook: a sheet of indicators (baseline, target, actual, how
 * it is measured) and a sheet with the action register of the jurisdictions it covers. Streamed, so
 * a register of every city of a region fits in memory. Column names are fixed, for the donor's own tools.
 */
@Component
public class ProgrammeWorkbook {

    public static final List<String> INDICATOR_COLUMNS = List.of(
            "result",
            "code",
            "indicator",
            "unit",
            "computed",
            "measure",
            "baseline",
            "baseline_year",
            "target",
            "target_year",
            "actual",
            "as_of",
            "means_of_verification");

    /** Columns of the "Money and progress" sheet: one row per country, city and action. */
    public static final List<String> MONEY_COLUMNS = List.of(
            "level",
            "country",
            "city",
            "action",
            "currency",
            "budget",
            "committed",
            "spent",
            "percent_spent",
            "percent_done",
            "spending_ahead",
            "unspent_past_half");

    public byte[] write(List<IndicatorLine> indicators, List<String> actionColumns, List<List<Object>> actions) {
        return write(indicators, actionColumns, actions, null);
    }

    /** The same with a "Money and progress" sheet when {@code money} is given. */
    public byte[] write(
            List<IndicatorLine> indicators,
            List<String> actionColumns,
            List<List<Object>> actions,
            MoneyProgress money) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = book.createSheet("Indicators");
            header(sheet, INDICATOR_COLUMNS);
            int r = 1;
            for (IndicatorLine i : indicators) {
                fill(
                        sheet.createRow(r++),
                        date,
                        List.of(
                                nz(i.resultCode()),
                                i.code(),
                                i.name(),
                                i.unit(),
                                i.computed(),
                                nz(i.measure()),
                                nz(i.baseline()),
                                nz(i.baselineYear()),
                                nz(i.target()),
                                nz(i.targetYear()),
                                nz(i.actual()),
                                nz(i.asOf()),
                                nz(i.meansOfVerification())));
            }
            Sheet register = book.createSheet("Actions");
            header(register, actionColumns);
            r = 1;
            for (List<Object> row : actions) {
                fill(register.createRow(r++), date, row);
            }
            if (money != null) {
                Sheet sheet2 = book.createSheet("Money and progress");
                header(sheet2, MONEY_COLUMNS);
                r = 1;
                for (List<Object> row : moneyRows(money)) {
                    fill(sheet2.createRow(r++), date, row);
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<Object>> moneyRows(MoneyProgress money) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        String cur = money.currency();
        for (MoneyProgress.Country country : money.countries()) {
            rows.add(moneyRow("country", country.name(), "", "", cur, country.figures()));
            for (MoneyProgress.City city : country.cities()) {
                rows.add(moneyRow("city", country.name(), city.name(), "", cur, city.figures()));
                for (MoneyProgress.ActionRow a : city.actions()) {
                    rows.add(moneyRow("action", country.name(), city.name(), a.title(), cur, a.figures()));
                }
            }
        }
        return rows;
    }

    private static List<Object> moneyRow(
            String level, String country, String city, String action, String currency, MoneyProgress.Figures f) {
        return List.of(
                level,
                country,
                city,
                action,
                currency,
                nz(f.budget()),
                f.committed(),
                f.spent(),
                nz(f.percentSpent()),
                nz(f.percentDone()),
                f.spendingAhead(),
                f.unspentPastHalf());
    }

    private static Object nz(Object value) {
        return value == null ? "" : value;
    }

    private static void header(Sheet sheet, List<String> names) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            row.createCell(c).setCellValue(names.get(c));
        }
    }

    private static void fill(Row row, CellStyle date, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            Cell cell = row.createCell(c);
            if (v instanceof BigDecimal n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
        }
    }
}
