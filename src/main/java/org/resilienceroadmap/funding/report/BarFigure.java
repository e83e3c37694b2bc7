package org.resilienceroadmap.funding.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * Horizontal bars drawn as vector graphics: a label on the left, the bar, its figure after it. The
 * labels and figures are real text in the embedded font, so they can be searched and copied.
 */
final class BarFigure {

    /** One bar: {@code value} sets its length, {@code caption} is what is printed after it. */
    record Bar(String label, double value, String caption) {}

    private static final float ROW = 15;
    private static final float THICKNESS = 9;
    private static final float TEXT_SIZE = 8;
    private static final float CAPTION_SPACE = 90;
    /** Rows per drawing; a longer figure continues in a second drawing, which may go to the next page. */
    private static final int ROWS_PER_PART = 36;

    private static final Color BAR = new Color(46, 104, 160);
    private static final Color TRACK = new Color(232, 236, 241);
    private static final Color MARK = new Color(200, 60, 50);

    private final PdfContentByte canvas;
    private final ReportFonts fonts;
    private final float width;
    private final float labelWidth;

    BarFigure(PdfContentByte canvas, ReportFonts fonts, float width) {
        this.canvas = canvas;
        this.fonts = fonts;
        this.width = width;
        this.labelWidth = width * 0.36f;
    }

    /** Bars scaled so that the longest fills the space. */
    List<Image> draw(List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        return parts(bars, max, null);
    }

    /** Percentages: scaled to at least 100, with a line marking 100 so shortfall and excess show. */
    List<Image> drawPercent(List<Bar> bars) {
        double max = Math.max(100, bars.stream().mapToDouble(Bar::value).max().orElse(0));
        return parts(bars, max, 100.0);
    }

    private List<Image> parts(List<Bar> bars, double max, Double mark) {
        List<Image> parts = new ArrayList<>();
        for (int from = 0; from < bars.size(); from += ROWS_PER_PART) {
            parts.add(part(bars.subList(from, Math.min(bars.size(), from + ROWS_PER_PART)), max, mark));
        }
        return parts;
    }

    private Image part(List<Bar> bars, double max, Double mark) {
        float height = bars.size() * ROW + 4;
        float trackWidth = width - labelWidth - CAPTION_SPACE;
        PdfTemplate drawing = canvas.createTemplate(width, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float y = height - (i + 1) * ROW;
            float length = max <= 0 ? 0 : (float) (Math.max(0, bar.value()) / max * trackWidth);
            drawing.setColorFill(TRACK);
            drawing.rectangle(labelWidth, y, trackWidth, THICKNESS);
            drawing.fill();
            drawing.setColorFill(BAR);
            drawing.rectangle(labelWidth, y, length, THICKNESS);
            drawing.fill();
            drawing.setColorFill(Color.BLACK);
            text(drawing, fit(bar.label(), labelWidth - 6), 0, y + 1.5f);
            text(drawing, bar.caption(), labelWidth + length + 4, y + 1.5f);
        }
        if (mark != null && max > 0) {
            float x = labelWidth + (float) (mark / max * trackWidth);
            drawing.setColorStroke(MARK);
            drawing.setLineWidth(0.8f);
            drawing.moveTo(x, 0);
            drawing.lineTo(x, height);
            drawing.stroke();
        }
        Image image = Image.getInstance(drawing);
        image.setAlignment(Element.ALIGN_LEFT);
        image.setSpacingBefore(4);
        image.setSpacingAfter(6);
        return image;
    }

    private void text(PdfTemplate drawing, String text, float x, float y) {
        drawing.beginText();
        drawing.setFontAndSize(fonts.regular(), TEXT_SIZE);
        drawing.showTextAligned(Element.ALIGN_LEFT, text, x, y, 0);
        drawing.endText();
    }

    /** Shortens a label to the space it has, marking the cut with an ellipsis. */
    private String fit(String label, float space) {
        BaseFont font = fonts.regular();
        if (font.getWidthPoint(label, TEXT_SIZE) <= space) {
            return label;
        }
        String cut = label;
        while (!cut.isEmpty() && font.getWidthPoint(cut + "…", TEXT_SIZE) > space) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
