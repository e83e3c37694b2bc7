package org.resilienceroadmap.publication;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/**
 * One city's public page: who proposed it and when, who decided and when, who withdrew it. One record per
 * city; a proposal after a decline or a withdrawal starts it again.
 */
@Entity
@Table(name = "city_publication")
public class CityPublication extends BaseEntity {

    private Long jurisdictionId;

    @Enumerated(EnumType.STRING)
    private PublicationState state;

    private String proposedBy;
    private Instant proposedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String withdrawnBy;
    private Instant withdrawnAt;
    private String processInstanceId;

    protected CityPublication() {}

    CityPublication(Long jurisdictionId) {
        this.jurisdictionId = jurisdictionId;
    }

    void propose(String by, Instant at) {
        this.state = PublicationState.PROPOSED;
        this.proposedBy = by;
        this.proposedAt = at;
        this.decidedBy = null;
        this.decidedAt = null;
        this.withdrawnBy = null;
        this.withdrawnAt = null;
    }

    void startedBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decide(PublicationState to, String by, Instant at) {
        this.state = to;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void withdraw(String by, Instant at) {
        this.state = PublicationState.WITHDRAWN;
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public PublicationState getState() {
        return state;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
