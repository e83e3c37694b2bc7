package org.resilienceroadmap.directory;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A region, country or city/municipality, with its MCR2030 membership and current roadmap stage. */
@Entity
@Table(name = "jurisdiction")
public class Jurisdiction extends BaseEntity {

    private String code;
    private String name;
    private String localName;
    private String nameRu;
    private String nameSr;

    @Enumerated(EnumType.STRING)
    private JurisdictionLevel level;

    private Long parentId;

    @Enumerated(EnumType.STRING)
    private RoadmapStage stage;

    private LocalDate joinedOn;
    private boolean resilienceHub;

    protected Jurisdiction() {}

    Jurisdiction(
            String code,
            String name,
            String localName,
            String nameRu,
            String nameSr,
            JurisdictionLevel level,
            Long parentId) {
        this.code = code;
        this.name = name;
        this.localName = localName;
        this.nameRu = nameRu;
        this.nameSr = nameSr;
        this.level = level;
        this.parentId = parentId;
    }

    void join(LocalDate on) {
        if (joinedOn != null) {
            throw new IllegalStateException(name + " joined MCR2030 on " + joinedOn + " already");
        }
        this.joinedOn = on;
    }

    void enterStage(RoadmapStage stage) {
        this.stage = stage;
    }

    void markResilienceHub(boolean hub) {
        this.resilienceHub = hub;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getLocalName() {
        return localName;
    }

    /** The name followed by the local one where it differs, e.g. "Dushanbe (Душанбе)". */
    public String getDisplayName() {
        return localName == null || localName.equals(name) ? name : name + " (" + localName + ")";
    }

    /** The place's names, to show the reader's: {@code names().in(locale)}, {@code names().displayIn(locale)}. */
    public PlaceNames names() {
        return new PlaceNames(name, localName, nameRu, nameSr);
    }

    /** The reader's name followed by the local one where it differs, e.g. "Кралево (Краљево)". */
    public String getDisplayName(java.util.Locale locale) {
        return names().displayIn(locale);
    }

    public JurisdictionLevel getLevel() {
        return level;
    }

    public Long getParentId() {
        return parentId;
    }

    public RoadmapStage getStage() {
        return stage;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public boolean isResilienceHub() {
        return resilienceHub;
    }
}
