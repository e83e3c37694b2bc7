package org.resilienceroadmap.shared.files;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.resilienceroadmap.shared.i18n.ListWords;

/** What one kind of upload accepts: its largest size and its document types. */
public record UploadPolicy(long maxBytes, Set<DocumentType> types) {

    public UploadPolicy {
        types = Set.copyOf(types);
    }

    /** The media types and name endings a browser's file chooser should offer, in a stable order. */
    public String[] acceptedFileTypes() {
        return types.stream()
                .sorted()
                .flatMap(DocumentType::accepted)
                .distinct()
                .toArray(String[]::new);
    }

    /** The kinds of file accepted as people name them ("PDF", "DOCX"), in a stable order, to be written as words. */
    public List<String> kinds() {
        return types.stream().sorted().map(Enum::name).toList();
    }

    /** The kinds in the reader's words: "PDF, DOCX, ODT, PNG or JPEG", {@code or} being the reader's "or". */
    public String kindsInWords(String or) {
        return ListWords.join(kinds(), or);
    }

    /** The largest size in whole megabytes, as messages state it. */
    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    /** Evidence of any kind: PDF, images and office documents, up to {@code maxBytes}. */
    public static UploadPolicy anyDocument(long maxBytes) {
        return new UploadPolicy(maxBytes, EnumSet.allOf(DocumentType.class));
    }
}
