package org.resilienceroadmap.funding.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** The open document with what every section needs: fonts, formats and the usual kinds of text. */
final class ReportDocument {

    /** Room, in points, a heading needs below it for the first lines of its section. */
    private static final float KEEP_WITH_NEXT = 90;

    private final Document document;
    private final PdfWriter writer;
    private final ReportFonts fonts;
    private final ReportFormat format;

    ReportDocument(Document document, PdfWriter writer, ReportFonts fonts, ReportFormat format) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.format = format;
    }

    ReportFonts fonts() {
        return fonts;
    }

    ReportFormat format() {
        return format;
    }

    /** Width of the text column, which tables and figures fill. */
    float width() {
        return document.right() - document.left();
    }

    void add(Element element) {
        document.add(element);
    }

    void heading(String key) {
        // A heading alone at the foot of a page reads badly; its section starts on the next page instead.
        if (writer.getVerticalPosition(false) - document.bottom() < KEEP_WITH_NEXT) {
            document.newPage();
        }
        Paragraph heading = new Paragraph(format.text(key), fonts.heading());
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(6);
        heading.setKeepTogether(true);
        document.add(heading);
    }

    void subheading(String text) {
        Paragraph subheading = new Paragraph(text, fonts.subheading());
        subheading.setSpacingBefore(8);
        subheading.setSpacingAfter(4);
        document.add(subheading);
    }

    void paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, fonts.body());
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
    }

    /** The short line that stands for an empty list, {@code report.pdf.none.<key>}. */
    void none(String key) {
        Paragraph none = new Paragraph(format.text("none." + key), fonts.note());
        none.setSpacingAfter(6);
        document.add(none);
    }

    /** A label in bold followed by its value, as the header and the spending summary print facts. */
    void fact(String labelKey, String value) {
        // The paragraph's own font is the one its spacing and line ends use; left unset it would be Helvetica.
        Paragraph paragraph = new Paragraph(new Chunk(format.text(labelKey) + ": ", fonts.label()));
        paragraph.setFont(fonts.value());
        paragraph.add(new Chunk(value, fonts.value()));
        paragraph.setSpacingAfter(1);
        document.add(paragraph);
    }

    BarFigure figure() {
        return new BarFigure(writer.getDirectContent(), fonts, width());
    }
}
