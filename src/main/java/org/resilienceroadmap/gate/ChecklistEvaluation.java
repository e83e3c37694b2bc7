package org.resilienceroadmap.gate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.StageHistoryEntry;
import org.springframework.stereotype.Component;

/**
 * Works out a jurisdiction's checklist at a gate, without a scope check. A manual tick counts when
 * it was made since the jurisdiction last entered the gate's stage: the stage C gate comes back on
 * every re-assessment cycle and asks for fresh evidence each time.
 */
@Component
class ChecklistEvaluation {

    private final ChecklistResolver resolver;
    private final GateFacts facts;
    private final GateTickRepository ticks;
    private final JurisdictionDirectory jurisdictions;

    ChecklistEvaluation(
            ChecklistResolver resolver,
            GateFacts facts,
            GateTickRepository ticks,
            JurisdictionDirectory jurisdictions) {
        this.resolver = resolver;
        this.facts = facts;
        this.ticks = ticks;
        this.jurisdictions = jurisdictions;
    }

    Checklist evaluate(Long jurisdictionId, Gate gate) {
        ChecklistResolver.Applying applying = resolver.applying(jurisdictionId, gate);
        Instant entered = stageEntered(jurisdictionId, gate);
        Map<String, GateTick> latest =
                ticks.findByJurisdictionIdAndGateOrderByTickedAtAscIdAsc(jurisdictionId, gate).stream()
                        .filter(t -> entered == null || !t.getTickedAt().isBefore(entered))
                        .collect(Collectors.toMap(GateTick::getItemCode, Function.identity(), (older, newer) -> newer));
        List<ItemState> items = applying.items().stream()
                .map(spec -> {
                    if (spec.kind() == ItemKind.COMPUTED) {
                        Fact fact = facts.check(spec.rule(), spec.numberOrDefault(), jurisdictionId, entered);
                        return new ItemState(spec, fact.met(), fact, Optional.<GateTick>empty());
                    }
                    Optional<GateTick> tick = Optional.ofNullable(latest.get(spec.code()));
                    return new ItemState(spec, tick.isPresent(), null, tick);
                })
                .toList();
        return new Checklist(jurisdictionId, gate, applying.kind(), applying.scopeId(), items);
    }

    /** When the jurisdiction last entered the stage this gate closes; null if it never did. */
    Instant stageEntered(Long jurisdictionId, Gate gate) {
        return jurisdictions.stageHistory(jurisdictionId).stream()
                .filter(e -> e.getStage() == gate.stage())
                .map(StageHistoryEntry::getEnteredAt)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }
}
