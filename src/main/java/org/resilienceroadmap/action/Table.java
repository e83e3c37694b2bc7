package org.resilienceroadmap.action;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.resilienceroadmap.shared.files.TableWriter;

/**
 * A sheet of text rows read from an .xlsx workbook (its first sheet) or a UTF-8 CSV file, and
 * written back to either. Rows keep the number the spreadsheet shows (from 1); blank rows are left out.
 */
final class Table {

    /** One non-blank row: its number in the file and its cells as trimmed text ("" when empty). */
    record Line(int number, List<String> cells) {

        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    /** The file is neither a workbook nor CSV text, or breaks the row limit. */
    static final class UnreadableException extends Exception {
        UnreadableException(Throwable cause) {
            super(cause);
        }

        UnreadableException(String reason) {
            super(reason);
        }
    }

    private static final char BOM = '\uFEFF';

    private Table() {}

    static List<Line> read(String fileName, byte[] content, int maxRows) throws UnreadableException {
        boolean zip =
                content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (zip) {
            return readXlsx(content, maxRows);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new UnreadableException("not a workbook");
        }
        return readCsv(content, maxRows);
    }

    private static List<Line> readXlsx(byte[] content, int maxRows) throws UnreadableException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > maxRows) {
                throw new UnreadableException("too many rows");
            }
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c)));
                }
                add(lines, row.getRowNum() + 1, cells);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(e);
        }
    }

    private static List<Line> readCsv(byte[] content, int maxRows) throws UnreadableException {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableException(e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableException("binary content");
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        // Spreadsheets in many locales save CSV with semicolons; the header alone tells which it is.
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > maxRows + 1) {
                    throw new UnreadableException("too many rows");
                }
                add(lines, (int) record.getRecordNumber(), record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableException(e);
        }
        return lines;
    }

    private static void add(List<Line> lines, int number, List<String> cells) {
        List<String> clean = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
        if (clean.stream().anyMatch(c -> !c.isEmpty())) {
            lines.add(new Line(number, clean));
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    /** Writes a header and rows of values (text, numbers, dates, booleans; null for empty). */
    static byte[] write(TableFormat format, List<String> header, List<List<Object>> rows) {
        return format == TableFormat.XLSX ? TableWriter.xlsx("actions", header, rows) : TableWriter.csv(header, rows);
    }
}
