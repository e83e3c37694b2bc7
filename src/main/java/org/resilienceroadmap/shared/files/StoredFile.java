package org.resilienceroadmap.shared.files;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/**
 * An uploaded document (a signed decision, evidence), kept in the database so that every node
 * serves it and a backup holds it. Never changed after upload.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile extends BaseEntity {

    @Column(updatable = false)
    private String name;

    @Column(updatable = false)
    private String contentType;

    @Column(name = "size_bytes", updatable = false)
    private long size;

    @Column(updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private byte[] content;

    @Column(updatable = false)
    private String uploadedBy;

    @Column(updatable = false)
    private Instant uploadedAt;

    protected StoredFile() {}

    StoredFile(String name, String contentType, byte[] content, String sha256, String uploadedBy, Instant uploadedAt) {
        this.name = name;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
