package org.resilienceroadmap.gate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** The items one country or programme checks at one gate, replacing the defaults there. */
@Entity
@Table(name = "gate_checklist")
class GateChecklist extends BaseEntity {

    @Enumerated(EnumType.STRING)
    private ScopeKind scopeKind;

    private Long scopeId;

    @Enumerated(EnumType.STRING)
    private Gate gate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gate_checklist_item", joinColumns = @JoinColumn(name = "checklist_id"))
    @OrderColumn(name = "position")
    private List<ChecklistItem> items = new ArrayList<>();

    private String updatedBy;
    private Instant updatedAt;

    protected GateChecklist() {}

    GateChecklist(ScopeKind scopeKind, Long scopeId, Gate gate) {
        this.scopeKind = scopeKind;
        this.scopeId = scopeId;
        this.gate = gate;
    }

    void replaceItems(List<ItemSpec> specs, String by, Instant at) {
        items.clear();
        specs.forEach(s -> items.add(new ChecklistItem(s)));
        this.updatedBy = by;
        this.updatedAt = at;
    }

    List<ItemSpec> specs() {
        return items.stream().map(ChecklistItem::toSpec).toList();
    }

    ScopeKind getScopeKind() {
        return scopeKind;
    }

    Long getScopeId() {
        return scopeId;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
