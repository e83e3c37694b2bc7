package org.resilienceroadmap.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Ties a person to a role: in a jurisdiction (member, chair, coordinator), in a programme (donor),
 * or everywhere (admin).
 */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long personId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long jurisdictionId;
    private Long programmeId;

    protected Membership() {}

    Membership(Long personId, Role role, Long jurisdictionId, Long programmeId) {
        boolean needsJurisdiction = role == Role.MEMBER || role == Role.CHAIR || role == Role.COORDINATOR;
        if (needsJurisdiction != (jurisdictionId != null) || (role == Role.DONOR) != (programmeId != null)) {
            throw new IllegalArgumentException(role + " membership needs "
                    + (needsJurisdiction ? "a jurisdiction" : role == Role.DONOR ? "a programme" : "no target"));
        }
        this.personId = personId;
        this.role = role;
        this.jurisdictionId = jurisdictionId;
        this.programmeId = programmeId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Role getRole() {
        return role;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }
}
