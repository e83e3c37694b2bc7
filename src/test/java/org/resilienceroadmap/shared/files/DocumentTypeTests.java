package org.resilienceroadmap.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.FastTest;

/** Office documents share the ZIP signature; the type is read from the parts the archive holds. */
@FastTest
class DocumentTypeTests {

    private static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";

    @Test
    void aWordDocumentIsADocxAndNothingElse() {
        byte[] docx = zip(false, "[Content_Types].xml", "word/document.xml", "_rels/.rels");
        assertThat(DocumentType.of("decision.docx", docx)).contains(DocumentType.DOCX);
        assertThat(DocumentType.of("decision.xlsx", docx)).isEmpty();
        assertThat(DocumentType.of("decision.odt", docx)).isEmpty();
    }

    @Test
    void aRealWorkbookIsAnXlsxNotADocx() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Plan").createRow(0).createCell(0).setCellValue("Early warning sirens");
            book.write(out);
            workbook = out.toByteArray();
        }
        assertThat(DocumentType.of("plan.xlsx", workbook)).contains(DocumentType.XLSX);
        assertThat(DocumentType.of("plan.docx", workbook))
                .as("a spreadsheet renamed")
                .isEmpty();
    }

    @Test
    void anOpenDocumentTextDeclaresItsTypeInItsFirstEntry() {
        byte[] odt = zip(true, "mimetype", "content.xml", "META-INF/manifest.xml");
        assertThat(DocumentType.of("minutes.odt", odt)).contains(DocumentType.ODT);
        assertThat(DocumentType.of("minutes.docx", odt)).isEmpty();
        byte[] undeclared = zip(false, "content.xml", "META-INF/manifest.xml");
        assertThat(DocumentType.of("minutes.odt", undeclared)).isEmpty();
    }

    @Test
    void anArchiveOrABrokenZipIsNoOfficeDocument() {
        byte[] archive = zip(false, "photos/flood-2024.jpg", "readme.txt");
        assertThat(DocumentType.of("evidence.docx", archive)).isEmpty();
        assertThat(DocumentType.of("evidence.odt", archive)).isEmpty();
        byte[] docx = zip(false, "[Content_Types].xml", "word/document.xml");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertThat(DocumentType.of("decision.docx", truncated)).isEmpty();
        assertThat(DocumentType.of("decision.docx", new byte[] {'P', 'K', 3, 4, 20, 0}))
                .isEmpty();
    }

    @Test
    void otherTypesStillGoByTheirFirstBytes() {
        assertThat(DocumentType.of("decision.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .contains(DocumentType.PDF);
        assertThat(DocumentType.of("map.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}))
                .contains(DocumentType.PNG);
    }

    /** A ZIP with the given entries; an ODF {@code mimetype} entry first and stored, as the standard asks. */
    private static byte[] zip(boolean odf, String... names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                byte[] body = (odf && name.equals("mimetype") ? ODT_TYPE : "<x/>").getBytes(StandardCharsets.US_ASCII);
                if (odf && name.equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(body);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(body.length);
                    entry.setCrc(crc.getValue());
                }
                out.putNextEntry(entry);
                out.write(body);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
