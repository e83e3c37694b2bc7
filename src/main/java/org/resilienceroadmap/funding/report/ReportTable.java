package org.resilienceroadmap.funding.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A full-width table whose header row, named from the bundle, repeats on every page it spans. The
 * cells are gathered first and the table is built at the end, so that the column widths can make
 * room for the longest word of each column in whichever language the report is in.
 */
final class ReportTable {

    private static final Color HEADER = new Color(222, 230, 240);
    private static final Color GROUP = new Color(242, 244, 247);
    private static final Color RULE = new Color(180, 186, 194);
    private static final float PADDING = 3;
    /** A column never claims more than this share of the width for one long word, such as a link. */
    private static final float MAX_SHARE = 0.3f;

    private record Cell(String text, Font font, Color background, int alignment, int span) {}

    private final ReportFonts fonts;
    private final float[] relative;
    private final float width;
    private final List<Cell> cells = new ArrayList<>();

    /** {@code columns} are {@code report.pdf.column.<key>} keys; {@code widths} their relative widths. */
    ReportTable(ReportDocument document, float[] widths, String... columns) {
        this.fonts = document.fonts();
        this.relative = widths;
        this.width = document.width();
        for (String column : columns) {
            cells.add(new Cell(
                    document.format().text("column." + column), fonts.cellBold(), HEADER, Element.ALIGN_LEFT, 1));
        }
    }

    ReportTable text(String value) {
        cells.add(new Cell(ReportFormat.orNone(value), fonts.cell(), null, Element.ALIGN_LEFT, 1));
        return this;
    }

    /** A figure, aligned right so that digits line up. */
    ReportTable figure(String value) {
        cells.add(new Cell(ReportFormat.orNone(value), fonts.cell(), null, Element.ALIGN_RIGHT, 1));
        return this;
    }

    /** A row across all columns that opens a group, such as a country. */
    ReportTable group(String title) {
        cells.add(new Cell(ReportFormat.orNone(title), fonts.cellBold(), GROUP, Element.ALIGN_LEFT, relative.length));
        return this;
    }

    PdfPTable table() {
        PdfPTable table = new PdfPTable(widths());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (Cell c : cells) {
            PdfPCell cell = new PdfPCell(new Phrase(c.text(), c.font()));
            cell.setPadding(PADDING);
            cell.setBorderWidth(0.5f);
            cell.setBorderColor(RULE);
            cell.setHorizontalAlignment(c.alignment());
            cell.setColspan(c.span());
            if (c.background() != null) {
                cell.setBackgroundColor(c.background());
            }
            table.addCell(cell);
        }
        return table;
    }

    /** Each column widened to its longest word, the room taken from the columns that can spare it. */
    private float[] widths() {
        float[] needs = new float[relative.length];
        int column = 0;
        for (Cell c : cells) {
            if (c.span() == 1) {
                needs[column] = Math.max(needs[column], Math.min(width * MAX_SHARE, longestWord(c) + 2 * PADDING + 1));
            }
            column = (column + c.span()) % relative.length;
        }
        float sum = 0;
        for (float r : relative) {
            sum += r;
        }
        float[] widths = new float[relative.length];
        float deficit = 0;
        float slack = 0;
        for (int i = 0; i < relative.length; i++) {
            widths[i] = relative[i] / sum * width;
            deficit += Math.max(0, needs[i] - widths[i]);
            slack += Math.max(0, widths[i] - needs[i]);
        }
        float share = slack == 0 ? 0 : Math.min(1, deficit / slack);
        for (int i = 0; i < widths.length; i++) {
            widths[i] = widths[i] < needs[i] ? needs[i] : widths[i] - (widths[i] - needs[i]) * share;
        }
        return widths;
    }

    private static float longestWord(Cell cell) {
        float longest = 0;
        for (String word : cell.text().split("\\s+")) {
            longest = Math.max(
                    longest,
                    cell.font().getBaseFont().getWidthPoint(word, cell.font().getSize()));
        }
        return longest;
    }
}
