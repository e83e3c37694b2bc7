package org.resilienceroadmap.shared.files;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The document types people may upload, recognised by their content as well as their name: a file
 * called {@code decision.pdf} that is not a PDF is refused. PDF and the images are told by their first
 * bytes; DOCX, XLSX and ODT are all ZIP archives, so they are told by the parts the archive holds.
 */
public enum DocumentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F'}, "pdf"),
    DOCX(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            new byte[] {'P', 'K', 3, 4},
            "docx"),
    ODT("application/vnd.oasis.opendocument.text", new byte[] {'P', 'K', 3, 4}, "odt"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4}, "xlsx"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg");

    private final String contentType;
    private final byte[] magic;
    private final String[] extensions;

    DocumentType(String contentType, byte[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** What a browser's file chooser should offer for this type: its media type and its name endings. */
    public java.util.stream.Stream<String> accepted() {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(contentType),
                Arrays.stream(extensions).map(ext -> "." + ext));
    }

    /** The type the file's name claims, if its content agrees. */
    static Optional<DocumentType> of(String fileName, byte[] content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> Arrays.stream(t.extensions).anyMatch(ext -> lower.endsWith("." + ext)))
                .filter(t -> t.startsWith(content))
                .findFirst();
    }

    private boolean startsWith(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        if (!Arrays.equals(Arrays.copyOf(content, magic.length), magic)) {
            return false;
        }
        return switch (this) {
            case DOCX ->
                ZipPackage.read(content)
                        .filter(zip -> zip.has("[Content_Types].xml") && zip.has("word/document.xml"))
                        .isPresent();
            case XLSX ->
                ZipPackage.read(content)
                        .filter(zip -> zip.has("[Content_Types].xml") && zip.has("xl/workbook.xml"))
                        .isPresent();
            case ODT ->
                ZipPackage.read(content)
                        .filter(zip -> zip.declares(contentType) && zip.has("content.xml"))
                        .isPresent();
            default -> true;
        };
    }
}
