package org.resilienceroadmap.shared.api;

import java.nio.charset.StandardCharsets;

import org.resilienceroadmap.shared.files.StoredFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored document as a download: always an attachment, under its cleaned name, never sniffed into something else. */
public final class FileDownload {

    private FileDownload() {}

    public static ResponseEntity<byte[]> of(StoredFile file) {
        return ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(file.getName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .body(file.getContent());
    }
}
