package org.resilienceroadmap.gate.ui;

import org.resilienceroadmap.gate.GateRule;
import org.resilienceroadmap.gate.ItemKind;
import org.resilienceroadmap.gate.ItemSpec;

/** One editable line of the configuration grid; becomes an {@link ItemSpec} when saved. */
final class ItemRow {

    final String code;
    final ItemKind kind;
    GateRule rule;
    String label;
    boolean mandatory;
    Integer number;

    ItemRow(ItemSpec spec) {
        this.code = spec.code();
        this.kind = spec.kind();
        this.rule = spec.rule();
        this.label = spec.label();
        this.mandatory = spec.mandatory();
        this.number = spec.numberOrDefault();
    }

    ItemSpec toSpec() {
        return new ItemSpec(
                code,
                kind,
                kind == ItemKind.COMPUTED ? rule : null,
                kind == ItemKind.MANUAL ? label : null,
                mandatory,
                rule != null && rule.hasNumber() ? number : null);
    }
}
