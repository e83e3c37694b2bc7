package org.resilienceroadmap.funding.report;

import java.awt.Color;
import java.io.IOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * DejaVu Sans, regular and bold, embedded with Identity-H: every glyph the report uses (Latin
 * extended, Cyrillic) is written with its Unicode mapping, so readers and text extraction see the
 * real characters. The fonts are made for one document and not put in OpenPDF's shared cache.
 */
record ReportFonts(BaseFont regular, BaseFont bold) {

    static final Color MUTED = new Color(90, 90, 90);

    static ReportFonts of(byte[] regularTtf, byte[] boldTtf) throws IOException {
        return new ReportFonts(font("DejaVuSans.ttf", regularTtf), font("DejaVuSans-Bold.ttf", boldTtf));
    }

    private static BaseFont font(String name, byte[] ttf) throws IOException {
        // The name only has to end in .ttf; OpenPDF reads the glyphs from the bytes.
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
    }

    Font title() {
        return new Font(bold, 16);
    }

    Font heading() {
        return new Font(bold, 12);
    }

    Font subheading() {
        return new Font(bold, 10);
    }

    Font body() {
        return new Font(regular, 10);
    }

    Font label() {
        return new Font(bold, 9);
    }

    Font value() {
        return new Font(regular, 9);
    }

    Font cell() {
        return new Font(regular, 8);
    }

    Font cellBold() {
        return new Font(bold, 8);
    }

    Font note() {
        return new Font(regular, 9, Font.ITALIC, MUTED);
    }
}
