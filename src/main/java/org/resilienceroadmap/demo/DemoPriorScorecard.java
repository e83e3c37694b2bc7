package org.resilienceroadmap.demo;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The summary of a preliminary scorecard a Serbian local government made during the Making Cities
 * Resilient campaign (2010–2020), as the evidence of its entry at stage B. The figures are the demo's:
 * in line with the published Serbian results (documents and risk identification in place; coordination,
 * DRR in sector policies and financing missing).
 */
final class DemoPriorScorecard {

    private static final List<String> ESSENTIALS = List.of(
            "Organise for disaster resilience",
            "Identify, understand and use risk scenarios",
            "Strengthen financial capacity for resilience",
            "Pursue resilient urban development and design",
            "Safeguard natural buffers",
            "Strengthen institutional capacity",
            "Strengthen societal capacity",
            "Increase infrastructure resilience",
            "Ensure effective disaster response",
            "Expedite recovery and build back better");
    private static final int[] POINTS = {7, 8, 2, 5, 4, 9, 6, 10, 11, 3};
    private static final int[] MAXIMUM = {12, 12, 9, 9, 6, 12, 9, 27, 15, 9};

    private DemoPriorScorecard() {}

    static byte[] pdf(String place, int year) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 54, 54);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(
                place + ": Preliminary Disaster Resilience Scorecard, " + year,
                new Font(Font.HELVETICA, 16, Font.BOLD)));
        document.add(new Paragraph("Making Cities Resilient campaign 2010-2020. Summary of the self-assessment "
                + "workshop of the local working group for emergency situations."));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {1, 8, 2});
        table.setWidthPercentage(100);
        table.addCell("");
        table.addCell("Essential");
        table.addCell("Points");
        for (int i = 0; i < ESSENTIALS.size(); i++) {
            table.addCell(String.valueOf(i + 1));
            table.addCell(ESSENTIALS.get(i));
            table.addCell(POINTS[i] + " of " + MAXIMUM[i]);
        }
        document.add(table);
        document.add(new Paragraph(" "));
        document.add(new Paragraph("In place: DRR documents, risk identification, response plans, trained civil "
                + "servants. Missing: coordination between DRR and other departments, DRR in sector policies, "
                + "sustainable financing."));
        document.close();
        return out.toByteArray();
    }
}
