package org.resilienceroadmap.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A component of a programme (regional, national, local work), as the programme document lists them. */
@Entity
@Table(name = "programme_component")
class ProgrammeComponent extends BaseEntity {

    private Long programmeId;
    private int position;
    private String title;
    private String description;

    protected ProgrammeComponent() {}

    ProgrammeComponent(Long programmeId, int position, String title, String description) {
        this.programmeId = programmeId;
        this.position = position;
        this.title = title;
        this.description = description;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
