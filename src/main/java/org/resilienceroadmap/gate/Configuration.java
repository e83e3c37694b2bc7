package org.resilienceroadmap.gate;

import java.time.Instant;
import java.util.List;

/**
 * A country's or programme's checklist at one gate. {@code configured} false: nothing is saved and
 * the items shown are the defaults; {@code version} is then null, else the lock version to send back.
 */
public record Configuration(
        ScopeKind kind,
        Long scopeId,
        Gate gate,
        boolean configured,
        Long version,
        List<ItemSpec> items,
        String updatedBy,
        Instant updatedAt) {

    public Configuration {
        items = List.copyOf(items);
    }
}
