package org.resilienceroadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Features reach each other only through their public API and named interfaces, and only the
 * modules their {@code package-info} allows; dependencies point one way.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ResilienceRoadmapApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    /** Without a declaration a module may depend on anything: a new module must say what it uses. */
    @Test
    void everyModuleDeclaresWhatItMayDependOn() throws ClassNotFoundException {
        for (var module : modules) {
            String name = module.getBasePackage().getName();
            ApplicationModule declared = Class.forName(name + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(declared).as("@ApplicationModule on %s", name).isNotNull();
            if (declared.type() != ApplicationModule.Type.OPEN) {
                assertThat(declared.allowedDependencies())
                        .as("allowedDependencies of %s", name)
                        .doesNotContain(ApplicationModule.OPEN_TOKEN);
            }
        }
    }
}
