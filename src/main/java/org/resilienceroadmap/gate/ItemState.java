package org.resilienceroadmap.gate;

import java.util.Optional;

/**
 * One item of a jurisdiction's checklist as it stands: its configuration, whether it is done, and
 * why — the computed fact, or the manual tick with its evidence.
 */
public record ItemState(ItemSpec spec, boolean done, Fact fact, Optional<GateTick> tick) {

    public boolean isOpenMandatory() {
        return spec.mandatory() && !done;
    }
}
