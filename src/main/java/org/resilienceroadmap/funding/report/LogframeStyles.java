package org.resilienceroadmap.funding.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The matrix's cell styles: every cell wrapped, bordered and top-aligned; headings bold on grey. */
record LogframeStyles(
        CellStyle header, CellStyle result, CellStyle text, CellStyle number, CellStyle year, CellStyle date) {

    LogframeStyles(Workbook book) {
        this(
                header(book),
                bold(book, base(book)),
                base(book),
                formatted(book, "#,##0.##"),
                formatted(book, "0"),
                formatted(book, "yyyy-mm-dd"));
    }

    private static CellStyle base(Workbook book) {
        CellStyle style = book.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static CellStyle bold(Workbook book, CellStyle style) {
        Font font = book.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }

    private static CellStyle header(Workbook book) {
        CellStyle style = bold(book, base(book));
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static CellStyle formatted(Workbook book, String format) {
        CellStyle style = base(book);
        style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }
}
