package org.resilienceroadmap;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features reach each other only through their public API, and dependencies point one way. */
class ModularityTests {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(ResilienceRoadmapApplication.class).verify();
    }
}
