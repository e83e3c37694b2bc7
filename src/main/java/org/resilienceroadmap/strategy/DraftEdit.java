package org.resilienceroadmap.strategy;

import java.time.LocalDate;
import java.util.List;

/**
 * A save of the working draft. {@code expectedVersion} is the draft version the editor started
 * from: if someone saved in between, the save is refused rather than overwriting their work.
 */
public record DraftEdit(
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        String content,
        List<ObjectiveDraft> objectives,
        long expectedVersion) {

    public DraftEdit {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }
}
