package org.resilienceroadmap.portfolio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The portfolio as a file for people to read and sort further: every row of the filtered list (not just
 * a page), headed and worded in the reader's language, as an .xlsx workbook or a UTF-8 CSV file.
 */
@Service
public class PortfolioExport {

    /** The two files the portfolio is exported to. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("text/csv;charset=UTF-8");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final List<String> COLUMNS = List.of(
            "city",
            "country",
            "stage",
            "daysInStage",
            "score",
            "weakest",
            "assessedOn",
            "strategy",
            "adoptedOn",
            "approved",
            "onTrack",
            "overdue",
            "completed",
            "lastReport",
            "reportsOverdue",
            "freshness");

    private final PortfolioService portfolio;
    private final MessageSource messages;

    PortfolioExport(PortfolioService portfolio, MessageSource messages) {
        this.portfolio = portfolio;
        this.messages = messages;
    }

    public byte[] export(PortfolioQuery query, Format format, Locale locale) {
        List<String> header = COLUMNS.stream()
                .map(c -> messages.getMessage("portfolio.column." + c, null, locale))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (PortfolioRow r : portfolio.all(query)) {
            rows.add(values(r, locale));
        }
        return format == Format.XLSX ? xlsx(header, rows) : csv(header, rows);
    }

    private List<Object> values(PortfolioRow r, Locale locale) {
        List<Object> v = new ArrayList<>();
        v.add(r.cityIn(locale));
        v.add(r.countryIn(locale));
        v.add(messages.getMessage("stage." + r.stage(), null, locale));
        v.add(r.daysInStage());
        v.add(r.score());
        v.add(PortfolioWords.weakest(r.weakest(), locale));
        v.add(r.assessedOn());
        v.add(
                r.strategyState() == null
                        ? null
                        : messages.getMessage("strategy.state." + r.strategyState(), null, locale));
        v.add(r.adoptedOn());
        v.add(r.actionsApproved());
        v.add(r.actionsOnTrack());
        v.add(r.actionsOverdue());
        v.add(r.actionsCompleted());
        v.add(r.lastReportOn());
        v.add(r.reportsOverdue());
        v.add(messages.getMessage("portfolio.freshness." + r.freshness(), null, locale));
        return v;
    }

    private static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("portfolio");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }

    private static byte[] csv(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            // The byte-order mark makes Excel read the file as UTF-8 (Cyrillic names).
            writer.write('\uFEFF');
            printer.printRecord(header);
            for (List<Object> values : rows) {
                printer.printRecord(
                        values.stream().map(v -> v == null ? "" : v.toString()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV file", e);
        }
        return out.toByteArray();
    }
}
