package org.resilienceroadmap.shared.files;

import java.util.EnumSet;
import java.util.Set;

/** What one kind of upload accepts: its largest size and its document types. */
public record UploadPolicy(long maxBytes, Set<DocumentType> types) {

    public UploadPolicy {
        types = Set.copyOf(types);
    }

    /** The media types and name endings a browser's file chooser should offer, in a stable order. */
    public String[] acceptedFileTypes() {
        return types.stream().sorted().flatMap(DocumentType::accepted).distinct().toArray(String[]::new);
    }

    /** Evidence of any kind: PDF, images and office documents, up to {@code maxBytes}. */
    public static UploadPolicy anyDocument(long maxBytes) {
        return new UploadPolicy(maxBytes, EnumSet.allOf(DocumentType.class));
    }
}
