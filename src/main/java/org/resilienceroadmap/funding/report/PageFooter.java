package org.resilienceroadmap.funding.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** Prints the programme code on the left and "Page N" on the right under every page. */
final class PageFooter extends PdfPageEventHelper {

    private final ReportFonts fonts;
    private final ReportFormat format;
    private final String programme;

    PageFooter(ReportFonts fonts, ReportFormat format, String programme) {
        this.fonts = fonts;
        this.format = format;
        this.programme = programme;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float y = document.bottom() - 20;
        String page = format.text("page", String.valueOf(writer.getPageNumber()));
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_LEFT,
                new Phrase(ReportFormat.orNone(programme), fonts.note()),
                document.left(),
                y,
                0);
        ColumnText.showTextAligned(
                writer.getDirectContent(), Element.ALIGN_RIGHT, new Phrase(page, fonts.note()), document.right(), y, 0);
    }
}
