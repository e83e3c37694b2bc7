package org.resilienceroadmap.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** An outcome, or an output under an outcome, of a programme's results framework. */
@Entity
@Table(name = "programme_result")
class ProgrammeResult extends BaseEntity {

    private Long programmeId;
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private ResultKind kind;

    private String code;
    private String title;
    private String assumptions;
    private int position;

    protected ProgrammeResult() {}

    ProgrammeResult(
            Long programmeId,
            Long parentId,
            ResultKind kind,
            String code,
            String title,
            String assumptions,
            int position) {
        this.programmeId = programmeId;
        this.parentId = parentId;
        this.kind = kind;
        this.code = code;
        this.title = title;
        this.assumptions = assumptions;
        this.position = position;
    }

    void retitle(String title) {
        this.title = title;
    }

    void revise(String title, String assumptions) {
        this.title = title;
        this.assumptions = assumptions;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Long getParentId() {
        return parentId;
    }

    public ResultKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    /** What must hold outside the programme's control for the result to lead to the one above it; may be null. */
    public String getAssumptions() {
        return assumptions;
    }

    public int getPosition() {
        return position;
    }
}
