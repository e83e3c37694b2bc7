package org.resilienceroadmap.shared.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One decision or change: who did what to which object, from what state to what state, and why. Never updated. */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;
    private String actor;
    private String subjectType;
    private String subjectId;
    private String action;
    private String fromState;
    private String toState;
    private String comment;
    private String reference;
    private Long jurisdictionId;

    protected AuditRecord() {}

    AuditRecord(
            Instant at,
            String actor,
            String subjectType,
            String subjectId,
            String action,
            String fromState,
            String toState,
            String comment,
            String reference,
            Long jurisdictionId) {
        this.at = at;
        this.actor = actor;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.comment = comment;
        this.reference = reference;
        this.jurisdictionId = jurisdictionId;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getComment() {
        return comment;
    }

    public String getReference() {
        return reference;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }
}
