package org.resilienceroadmap.gate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One item row of a configured checklist; {@link ItemSpec} is its value outside the entity. */
@Embeddable
class ChecklistItem {

    private String code;

    @Enumerated(EnumType.STRING)
    private ItemKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_name")
    private GateRule rule;

    private String label;
    private boolean mandatory;

    @Column(name = "minimum")
    private Integer number;

    protected ChecklistItem() {}

    ChecklistItem(ItemSpec spec) {
        this.code = spec.code();
        this.kind = spec.kind();
        this.rule = spec.rule();
        this.label = spec.label();
        this.mandatory = spec.mandatory();
        this.number = spec.number();
    }

    ItemSpec toSpec() {
        return new ItemSpec(code, kind, rule, label, mandatory, number);
    }
}
