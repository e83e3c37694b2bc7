package org.resilienceroadmap.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resilienceroadmap.directory.HazardExposure;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.strategy.StrategyFacts;
import org.springframework.stereotype.Component;

/**
 * What a proposed action must satisfy in its strategy: a real objective, an owner from the working
 * group, sensible dates and money, a programme that covers the jurisdiction, real tags. Lists every
 * problem (an imported plan shows them all at once) rather than stopping at the first.
 */
@Component
class ActionRules {

    /** One thing wrong with a proposed action, by field; {@code refusal} where it is said in the reader's language. */
    record Problem(String field, String message, Refusal refusal) {

        Problem(String field, String message) {
            this(field, message, null);
        }

        Problem(String field, Refusal refusal) {
            this(field, refusal.english(), refusal);
        }

        /** The 400 this problem answers with. */
        InvalidRequestException refused(String where) {
            return refusal == null || !where.isEmpty()
                    ? new InvalidRequestException(field, where + message)
                    : new InvalidRequestException(field, refusal);
        }
    }

    /** What the checks need to know about one strategy, read once for a whole imported plan. */
    record Context(
            StrategyFacts strategy,
            Set<Long> objectives,
            Set<String> owners,
            Set<String> hazards,
            Set<Long> programmes,
            Map<Long, Programme> funders) {}

    private final JurisdictionDirectory jurisdictions;
    private final PeopleDirectory people;
    private final ProgrammeDirectory programmes;

    ActionRules(JurisdictionDirectory jurisdictions, PeopleDirectory people, ProgrammeDirectory programmes) {
        this.jurisdictions = jurisdictions;
        this.people = people;
        this.programmes = programmes;
    }

    Context context(StrategyFacts strategy) {
        Long jurisdiction = strategy.jurisdictionId();
        Set<String> owners = new HashSet<>();
        people.membershipsIn(jurisdiction).stream()
                .filter(m -> m.getRole() == Role.MEMBER || m.getRole() == Role.CHAIR)
                .forEach(m -> owners.add(people.get(m.getPersonId()).getUsername()));
        Set<Long> chain = new HashSet<>(jurisdictions.ancestryIds(jurisdiction));
        Set<Long> funding = new HashSet<>();
        Map<Long, Programme> funders = new HashMap<>();
        programmes.findAll().stream()
                .filter(p -> p.getJurisdictionIds().stream().anyMatch(chain::contains))
                .forEach(p -> {
                    funding.add(p.getId());
                    funders.put(p.getId(), p);
                });
        return new Context(
                strategy,
                new HashSet<>(strategy.objectives().stream()
                        .map(StrategyFacts.Objective::id)
                        .toList()),
                owners,
                new HashSet<>(jurisdictions.hazardProfile(jurisdiction).stream()
                        .map(HazardExposure::getHazardCode)
                        .toList()),
                funding,
                funders);
    }

    List<Problem> check(Context c, NewAction a) {
        List<Problem> problems = new ArrayList<>();
        if (a.objectiveId() == null) {
            problems.add(new Problem("objective", "Choose the objective of the strategy this action serves"));
        } else if (!c.objectives().contains(a.objectiveId())) {
            problems.add(new Problem("objective", "The chosen objective is not one of this strategy's objectives"));
        }
        if (a.title() == null || a.title().isBlank() || a.title().length() > 300) {
            problems.add(new Problem("title", "A title of 1 to 300 characters"));
        }
        if (a.description() != null && a.description().length() > 4000) {
            problems.add(new Problem("description", "At most 4000 characters"));
        }
        if (a.leadAgency() == null || a.leadAgency().isBlank() || a.leadAgency().length() > 200) {
            problems.add(new Problem("leadAgency", "The lead agency (up to 200 characters)"));
        }
        if (a.owner() == null || a.owner().isBlank()) {
            problems.add(new Problem("owner", "Choose the owner: a member of the working group"));
        } else if (!c.owners().contains(a.owner())) {
            problems.add(new Problem("owner", "Unknown owner " + a.owner() + ": a working-group account"));
        }
        if (a.start() == null || a.due() == null) {
            problems.add(new Problem("due", "A start and a due date (YYYY-MM-DD)"));
        } else if (a.due().isBefore(a.start())) {
            problems.add(new Problem("due", "Due before it starts"));
        }
        if (a.budget() == null
                || a.budget().amount() == null
                || a.budget().amount().signum() < 0) {
            problems.add(new Problem("budget", "A budget of zero or more with a three-letter currency"));
        } else if (!a.budget().isValid()) {
            problems.add(new Problem("currency", "A three-letter currency code (ISO 4217), e.g. EUR"));
        }
        if (a.programmeId() != null && !c.programmes().contains(a.programmeId())) {
            problems.add(new Problem("programme", "No programme " + a.programmeId() + " funds this jurisdiction"));
        } else if (a.programmeId() != null
                && a.start() != null
                && a.due() != null
                && !overlaps(c.funders().get(a.programmeId()), a.start(), a.due())) {
            Programme p = c.funders().get(a.programmeId());
            problems.add(new Problem(
                    "programme",
                    Refusal.of("refusal.action.outsideProgramme", p.getCode(), p.getPeriodStart(), p.getPeriodEnd())));
        }
        a.essentials().stream()
                .filter(e -> e == null || e < 1 || e > 10)
                .findFirst()
                .ifPresent(e -> problems.add(new Problem("essentials", "Essentials are 1 to 10, not " + e)));
        a.hazards().stream()
                .filter(h -> !c.hazards().contains(h))
                .findFirst()
                .ifPresent(h -> problems.add(new Problem("hazards", "Not in the hazard profile: " + h)));
        a.sendaiPriorities().stream()
                .filter(p -> p == null || p < 1 || p > 4)
                .findFirst()
                .ifPresent(
                        p -> problems.add(new Problem("sendaiPriorities", "Sendai priorities are 1 to 4, not " + p)));
        return problems;
    }

    /** A programme pays only for work done within its period: the action's dates must meet it at least for a day. */
    private static boolean overlaps(Programme p, LocalDate start, LocalDate due) {
        return p == null
                || (p.getPeriodEnd() == null || !start.isAfter(p.getPeriodEnd()))
                        && (p.getPeriodStart() == null || !due.isBefore(p.getPeriodStart()));
    }
}
