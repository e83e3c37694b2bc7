package org.resilienceroadmap.gate;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The checklists that apply where no country or programme configured its own. The public MCR2030
 * sources publish no formal checklist for moving between stages; these follow from the stage
 * definitions (docs: domain notes "Entry and movement") and are ours, all mandatory.
 */
@Component
class DefaultChecklists {

    List<ItemSpec> of(Gate gate) {
        return switch (gate) {
            case A_B ->
                List.of(
                        ItemSpec.computed(GateRule.VALIDATED_ASSESSMENT, true),
                        ItemSpec.computed(GateRule.WORKING_GROUP, true),
                        ItemSpec.computed(GateRule.HAZARDS_RECORDED, true));
            case B_C ->
                List.of(
                        ItemSpec.computed(GateRule.STRATEGY_ADOPTED, true),
                        ItemSpec.computed(GateRule.ESSENTIALS_COVERED, true),
                        ItemSpec.computed(GateRule.ACTION_APPROVED, true));
            case C ->
                List.of(
                        ItemSpec.computed(GateRule.NEW_VALIDATED_ASSESSMENT, true),
                        ItemSpec.computed(GateRule.PROGRESS_REPORTS_UP_TO_DATE, true));
        };
    }
}
