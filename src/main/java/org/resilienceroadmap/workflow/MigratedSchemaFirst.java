package org.resilienceroadmap.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.stereotype.Component;

/**
 * The engine starts on a migrated schema: it no longer makes its own tables (Flyway does, {@link EngineSchema}),
 * so the engine's configuration waits for Flyway's migration. Asking for the initializer here is what orders the two.
 */
@Component
class MigratedSchemaFirst extends AbstractProcessEnginePlugin {

    MigratedSchemaFirst(FlywayMigrationInitializer migrated) {
        // Held only so that Spring runs the migration before it builds the engine's configuration.
        java.util.Objects.requireNonNull(migrated);
    }
}
