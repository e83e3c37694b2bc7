package org.resilienceroadmap.strategy;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;
import org.resilienceroadmap.shared.CommaSeparated;

/**
 * One objective of a strategy's draft, tied to the Ten Essentials it strengthens, the hazards it
 * addresses and the assessment findings (gaps) it answers. Its id stays across versions, so actions
 * and review comments keep pointing at it.
 */
@Entity
@Table(name = "strategy_objective")
public class StrategyObjective extends BaseEntity {

    private int position;
    private String title;
    private String essentials;
    private String hazards;
    private String findings;

    protected StrategyObjective() {}

    StrategyObjective(int position, ObjectiveDraft draft) {
        this.position = position;
        update(draft);
    }

    void moveTo(int position) {
        this.position = position;
    }

    void update(ObjectiveDraft draft) {
        this.title = draft.title();
        this.essentials = CommaSeparated.join(draft.essentials());
        this.hazards = CommaSeparated.join(draft.hazards());
        this.findings = CommaSeparated.join(draft.findingIds());
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public List<Integer> getEssentials() {
        return CommaSeparated.integers(essentials);
    }

    public List<String> getHazards() {
        return CommaSeparated.strings(hazards);
    }

    public List<Long> getFindingIds() {
        return CommaSeparated.longs(findings);
    }

    public ObjectiveDraft toDraft() {
        return new ObjectiveDraft(getId(), title, getEssentials(), getHazards(), getFindingIds());
    }
}
