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
    private int position;

    protected ProgrammeResult() {}

    ProgrammeResult(Long programmeId, Long parentId, ResultKind kind, String code, String title, int position) {
        this.programmeId = programmeId;
        this.parentId = parentId;
        this.kind = kind;
        this.code = code;
        this.title = title;
        this.position = position;
    }

    void retitle(String title) {
        this.title = title;
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

    public int getPosition() {
        return position;
    }
}
