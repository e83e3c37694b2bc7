package org.resilienceroadmap.strategy;

import java.util.List;

/**
 * An objective as people write it and as a frozen version keeps it: {@code id} is null for a new
 * objective, else the existing objective's id.
 */
public record ObjectiveDraft(
        Long id, String title, List<Integer> essentials, List<String> hazards, List<Long> findingIds) {

    public ObjectiveDraft {
        essentials = essentials == null ? List.of() : List.copyOf(essentials);
        hazards = hazards == null ? List.of() : List.copyOf(hazards);
        findingIds = findingIds == null ? List.of() : List.copyOf(findingIds);
    }
}
