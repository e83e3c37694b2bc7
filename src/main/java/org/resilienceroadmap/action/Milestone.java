package org.resilienceroadmap.action;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A step of an action with its target date and, once reached, the actual date. */
@Entity
@Table(name = "action_milestone")
public class Milestone extends BaseEntity {

    private Long actionId;
    private String title;
    private LocalDate targetDate;
    private LocalDate actualDate;

    protected Milestone() {}

    Milestone(Long actionId, String title, LocalDate targetDate) {
        this.actionId = actionId;
        this.title = title;
        this.targetDate = targetDate;
    }

    void reached(LocalDate on) {
        this.actualDate = on;
    }

    /** The target date passed and the milestone is not reached: flagged on the action and the timeline. */
    public boolean isMissed(LocalDate today) {
        return actualDate == null && targetDate.isBefore(today);
    }

    public Long getActionId() {
        return actionId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public LocalDate getActualDate() {
        return actualDate;
    }
}
