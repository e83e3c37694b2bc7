package org.resilienceroadmap.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.files.DocumentType;
import org.resilienceroadmap.shared.files.FileFacts;
import org.resilienceroadmap.shared.files.FileStore;
import org.resilienceroadmap.shared.files.StoredFile;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploads are kept only when their size and type (by name and content) are allowed, under a harmless name. */
class FileStoreTests extends IntegrationTest {

    private static final UploadPolicy PDF_ONLY = new UploadPolicy(100, EnumSet.of(DocumentType.PDF));

    @Autowired
    FileStore files;

    @Test
    void keepsAnAllowedDocumentWithItsChecksumAndACleanName() {
        byte[] pdf = "%PDF-1.7 decision".getBytes();
        StoredFile stored =
                files.store("C:\\Users\\chair\\..\\.hidden decision <1>.pdf", pdf, PDF_ONLY, "chair.dushanbe");
        StoredFile read = files.get(stored.getId());
        assertThat(read.getName()).isEqualTo("hidden decision _1_.pdf");
        assertThat(read.getContent()).isEqualTo(pdf);
        assertThat(read.getContentType()).isEqualTo("application/pdf");
        assertThat(read.getSha256()).hasSize(64);
    }

    @Test
    void listsNamesAndSizesOfTheAskedFilesOnly() {
        StoredFile first = files.store("drill.pdf", "%PDF-1.7 drill".getBytes(), PDF_ONLY, "x");
        StoredFile second = files.store("maps.pdf", "%PDF-1.7 flood maps".getBytes(), PDF_ONLY, "x");
        files.store("other.pdf", "%PDF-1.7 other".getBytes(), PDF_ONLY, "x");
        assertThat(files.facts(java.util.List.of(first.getId(), second.getId())))
                .isEqualTo(java.util.Map.of(
                        first.getId(), new FileFacts(first.getId(), "drill.pdf", 14),
                        second.getId(), new FileFacts(second.getId(), "maps.pdf", 19)));
        assertThat(files.facts(java.util.List.of())).isEmpty();
    }

    @Test
    void refusesEmptyOversizedAndDisguisedFiles() {
        assertThatThrownBy(() -> files.store("a.pdf", new byte[0], PDF_ONLY, "x"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> files.store("a.pdf", ("%PDF" + "x".repeat(200)).getBytes(), PDF_ONLY, "x"))
                .hasMessageContaining("larger");
        assertThatThrownBy(() -> files.store("a.pdf", "MZ executable".getBytes(), PDF_ONLY, "x"))
                .hasMessage("Only PDF files are accepted");
        assertThatThrownBy(() -> files.store("a.exe", "%PDF-1.7".getBytes(), PDF_ONLY, "x"))
                .hasMessage("Only PDF files are accepted");
        assertThatThrownBy(() -> files.store("decision.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, PDF_ONLY, "x"))
                .as("a real PNG where only PDFs are allowed")
                .hasMessage("Only PDF files are accepted");
        var decision = new UploadPolicy(
                1024,
                EnumSet.of(DocumentType.PDF, DocumentType.DOCX, DocumentType.ODT, DocumentType.PNG, DocumentType.JPEG));
        assertThatThrownBy(() -> files.store("a.exe", "MZ executable".getBytes(), decision, "x"))
                .as("the kinds as words, never a Java list")
                .hasMessage("Only PDF, DOCX, ODT, PNG or JPEG files are accepted");
    }
}
