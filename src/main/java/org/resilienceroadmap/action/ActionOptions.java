package org.resilienceroadmap.action;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.strategy.StrategyFacts;
import org.resilienceroadmap.strategy.StrategyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The choices of the action form, the same ones {@link ActionRules} accepts, and people's names for usernames. */
@Service
public class ActionOptions {

    private final StrategyService strategies;
    private final ActionRules rules;
    private final ProgrammeDirectory programmes;

    ActionOptions(StrategyService strategies, ActionRules rules, ProgrammeDirectory programmes) {
        this.strategies = strategies;
        this.rules = rules;
        this.programmes = programmes;
    }

    /** For a strategy the caller sees (404 otherwise). */
    @Transactional(readOnly = true)
    public ActionChoices of(Long strategyId) {
        StrategyFacts strategy = strategies.facts(strategyId);
        ActionRules.Context context = rules.context(strategy);
        return new ActionChoices(
                names(context.owners()),
                context.hazards().stream().sorted().toList(),
                programmes.findAll(context.programmes()).stream()
                        .sorted(Comparator.comparing(Programme::getCode))
                        .toList());
    }

    /** The titles of the objectives of these strategies, by objective id; a strategy the caller cannot read adds none. */
    @Transactional(readOnly = true)
    public Map<Long, String> objectiveTitles(Collection<Long> strategyIds) {
        Map<Long, String> titles = new java.util.HashMap<>();
        for (Long id : strategyIds) {
            try {
                strategies.facts(id).objectives().forEach(o -> titles.put(o.id(), o.title()));
            } catch (NotFoundException e) {
                // out of the caller's sight: the column stays empty for its actions
            }
        }
        return titles;
    }

    /** Each username's display name (the username itself for an account without one), ordered by name. */
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> usernames) {
        Map<String, String> sorted = new LinkedHashMap<>();
        strategies.names(usernames).entrySet().stream()
                .sorted(Map.Entry.<String, String>comparingByValue(String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
