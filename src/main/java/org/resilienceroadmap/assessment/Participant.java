package org.resilienceroadmap.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who took part in the assessment workshop: a working-group account or a free name with organisation. */
@Entity
@Table(name = "assessment_participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long assessmentId;
    private String name;
    private String organisation;
    private String username;

    protected Participant() {}

    Participant(Long assessmentId, String name, String organisation, String username) {
        this.assessmentId = assessmentId;
        this.name = name;
        this.organisation = organisation;
        this.username = username;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getUsername() {
        return username;
    }
}
