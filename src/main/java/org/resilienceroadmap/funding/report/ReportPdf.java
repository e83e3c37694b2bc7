package org.resilienceroadmap.funding.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import org.resilienceroadmap.funding.MoneyProgress;
import org.resilienceroadmap.funding.ReportContent;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A donor programme report as an A4 PDF in the reader's language: the programme's facts, the
 * narrative, progress over the roadmap stages and per jurisdiction, indicators, spending, overdue
 * actions and recent decisions. Figures are vector drawings; texts come from the message bundles.
 */
@Component
public class ReportPdf {

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

    private final MessageSource messages;
    // Read once: the two fonts are about 1.4 MB, and every report embeds the glyphs it uses from them.
    private final byte[] regularFont;
    private final byte[] boldFont;

    public ReportPdf(MessageSource messages) {
        this.messages = messages;
        this.regularFont = resource(FONTS + "DejaVuSans.ttf");
        this.boldFont = resource(FONTS + "DejaVuSans-Bold.ttf");
    }

    /** The report as PDF bytes; {@code narrative} is plain text, and may be empty. */
    public byte[] render(ReportContent content, String narrative, Locale locale) {
        return render(content, narrative, locale, null);
    }

    /** The same with a section of money against progress after the spending, when {@code money} is given. */
    public byte[] render(ReportContent content, String narrative, Locale locale, MoneyProgress money) {
        Objects.requireNonNull(content.programme(), "a report belongs to a programme");
        ReportFormat format = new ReportFormat(messages, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReportFonts fonts = ReportFonts.of(regularFont, boldFont);
            Document document = new Document(PageSize.A4, 42, 42, 48, 54);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // Figures stay where the text puts them instead of letting later text overtake them.
            writer.setStrictImageSequence(true);
            writer.setPageEvent(
                    new PageFooter(fonts, format, content.programme().code()));
            document.addTitle(format.text("title") + ": "
                    + ReportFormat.orNone(content.programme().title()));
            document.addCreator(format.shared("app.name"));
            document.open();
            write(new ReportDocument(document, writer, fonts, format), content, narrative, money);
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(ReportDocument document, ReportContent content, String narrative, MoneyProgress money) {
        new HeaderSection(document).write(content);
        new NarrativeSection(document).write(narrative);
        ProgressSection progress = new ProgressSection(document);
        progress.writeFunnel(content.funnel(), content.joinedAbove());
        new IndicatorSection(document).write(content.indicators());
        progress.writeJurisdictions(content.jurisdictions());
        new SpendingSection(document).write(content.spending());
        if (money != null) {
            new MoneySection(document).write(money);
        }
        FollowUpSection followUp = new FollowUpSection(document);
        followUp.writeOverdue(content.overdueActions());
        followUp.writeDecisions(content.decisions());
    }

    private static byte[] resource(String path) {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
