package org.resilienceroadmap.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A programme's impact: the overall objective its outcomes serve, the top row of the EU logical framework. */
@Entity
@Table(name = "programme_impact")
class ProgrammeImpact extends BaseEntity {

    private Long programmeId;
    private String statement;

    protected ProgrammeImpact() {}

    ProgrammeImpact(Long programmeId, String statement) {
        this.programmeId = programmeId;
        this.statement = statement;
    }

    void restate(String statement) {
        this.statement = statement;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getStatement() {
        return statement;
    }
}
