package org.resilienceroadmap.gate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.springframework.stereotype.Component;

/**
 * Which configuration a jurisdiction's gate follows: its country's if the country configured one;
 * else that of a programme covering it or a jurisdiction above it (the lowest programme id, when
 * several did); else the defaults.
 */
@Component
class ChecklistResolver {

    /** The items that apply and where they come from ({@code kind} null: the defaults). */
    record Applying(ScopeKind kind, Long scopeId, List<ItemSpec> items) {}

    private final GateChecklistRepository checklists;
    private final JurisdictionDirectory jurisdictions;
    private final ProgrammeDirectory programmes;
    private final DefaultChecklists defaults;

    ChecklistResolver(
            GateChecklistRepository checklists,
            JurisdictionDirectory jurisdictions,
            ProgrammeDirectory programmes,
            DefaultChecklists defaults) {
        this.checklists = checklists;
        this.jurisdictions = jurisdictions;
        this.programmes = programmes;
        this.defaults = defaults;
    }

    Applying applying(Long jurisdictionId, Gate gate) {
        List<Long> ancestry = jurisdictions.ancestryIds(jurisdictionId);
        Optional<GateChecklist> country = ancestry.stream()
                .filter(id -> jurisdictions.get(id).getLevel() == JurisdictionLevel.COUNTRY)
                .findFirst()
                .flatMap(id -> checklists.findByScopeKindAndScopeIdAndGate(ScopeKind.COUNTRY, id, gate));
        if (country.isPresent()) {
            return from(country.get());
        }
        List<Long> covering = programmes.findAll().stream()
                .filter(p -> ancestry.stream().anyMatch(p.getJurisdictionIds()::contains))
                .map(Programme::getId)
                .sorted(Comparator.naturalOrder())
                .toList();
        if (!covering.isEmpty()) {
            Optional<GateChecklist> programme =
                    checklists
                            .findByScopeKindAndScopeIdInAndGateOrderByScopeIdAsc(ScopeKind.PROGRAMME, covering, gate)
                            .stream()
                            .findFirst();
            if (programme.isPresent()) {
                return from(programme.get());
            }
        }
        return new Applying(null, null, defaults.of(gate));
    }

    private static Applying from(GateChecklist checklist) {
        return new Applying(checklist.getScopeKind(), checklist.getScopeId(), checklist.specs());
    }
}
