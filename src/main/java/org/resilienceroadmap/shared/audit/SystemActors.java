package org.resilienceroadmap.shared.audit;

import java.util.Set;

/**
 * The accounts the application acts under when no person does: the roadmap process opening a
 * strategy, the engine marking an action overdue or compiling a report. Pages say "automatically"
 * for them and never list them among the people who wrote or decided something.
 */
public final class SystemActors {

    private static final Set<String> NAMES = Set.of("engine", "roadmap", "security", "system");

    private SystemActors() {}

    /** Whether no person stands behind this actor (none recorded counts as the system too). */
    public static boolean isSystem(String actor) {
        return actor == null || actor.isBlank() || NAMES.contains(actor);
    }
}
