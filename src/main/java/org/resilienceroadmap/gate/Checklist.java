package org.resilienceroadmap.gate;

import java.util.List;

/**
 * A jurisdiction's checklist at one gate. {@code source} says whose configuration applies:
 * a country's, a programme's ({@code sourceId}) or the defaults ({@code null}).
 */
public record Checklist(Long jurisdictionId, Gate gate, ScopeKind source, Long sourceId, List<ItemState> items) {

    public Checklist {
        items = List.copyOf(items);
    }

    public List<ItemState> openMandatory() {
        return items.stream().filter(ItemState::isOpenMandatory).toList();
    }

    public boolean isClosable() {
        return openMandatory().isEmpty();
    }
}
