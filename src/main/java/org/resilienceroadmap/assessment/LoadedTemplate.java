package org.resilienceroadmap.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A template an admin loaded from a file, kept as the file said it, so that it survives restarts. */
@Entity
@Table(name = "scorecard_template")
class LoadedTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String templateId;
    private String version;
    private String content;
    private String loadedBy;
    private Instant loadedAt;

    protected LoadedTemplate() {}

    LoadedTemplate(String templateId, String version, String content, String loadedBy, Instant loadedAt) {
        this.templateId = templateId;
        this.version = version;
        this.content = content;
        this.loadedBy = loadedBy;
        this.loadedAt = loadedAt;
    }

    String getTemplateId() {
        return templateId;
    }

    String getContent() {
        return content;
    }
}
