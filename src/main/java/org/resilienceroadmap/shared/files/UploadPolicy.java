package org.resilienceroadmap.shared.files;

import java.util.Set;

/** What one kind of upload accepts: its largest size and its document types. */
public record UploadPolicy(long maxBytes, Set<DocumentType> types) {

    public UploadPolicy {
        types = Set.copyOf(types);
    }
}
