package org.resilienceroadmap.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Component;

/** Who may see and do what with a jurisdiction's strategies, and who its working group and coordinators are. */
@Component
class StrategyAccess {

    private final StrategyRepository strategies;
    private final JurisdictionDirectory jurisdictions;
    private final PeopleDirectory people;

    StrategyAccess(StrategyRepository strategies, JurisdictionDirectory jurisdictions, PeopleDirectory people) {
        this.strategies = strategies;
        this.jurisdictions = jurisdictions;
        this.people = people;
    }

    Strategy get(Long id) {
        return strategies.findById(id).orElseThrow(() -> new NotFoundException("Strategy", id));
    }

    /** The strategy if the caller's scope covers its jurisdiction; else it does not exist for them. */
    Strategy visible(UserScope me, Long id) {
        Strategy strategy = get(id);
        if (!me.sees(strategy.getJurisdictionId())) {
            throw new NotFoundException("Strategy", id);
        }
        return strategy;
    }

    void requireJurisdiction(UserScope me, Long jurisdictionId) {
        if (!me.sees(jurisdictionId)) {
            throw new NotFoundException("Jurisdiction", jurisdictionId);
        }
    }

    void requireChair(UserScope me, Long jurisdictionId) {
        requireJurisdiction(me, jurisdictionId);
        if (!me.groups().contains("chair:" + code(jurisdictionId))) {
            throw new ForbiddenException(Refusal.of("refusal.strategy.onlyChair"));
        }
    }

    void requireWorkingGroup(UserScope me, Long jurisdictionId) {
        requireJurisdiction(me, jurisdictionId);
        if (!isWorkingGroup(me, jurisdictionId)) {
            throw new ForbiddenException(Refusal.of("refusal.strategy.onlyWorkingGroup"));
        }
    }

    /** Review comments come from the working group and the coordinators, not from donors watching. */
    void requireCommenter(UserScope me, Long jurisdictionId) {
        requireJurisdiction(me, jurisdictionId);
        if (!isWorkingGroup(me, jurisdictionId) && !me.coordinates(jurisdictionId)) {
            throw new ForbiddenException(Refusal.of("refusal.strategy.onlyCommenters"));
        }
    }

    boolean isWorkingGroup(UserScope me, Long jurisdictionId) {
        String code = code(jurisdictionId);
        return me.groups().contains("member:" + code) || me.groups().contains("chair:" + code);
    }

    boolean isChair(UserScope me, Long jurisdictionId) {
        return me.groups().contains("chair:" + code(jurisdictionId));
    }

    /** Usernames of the working group (members and chairs) of a jurisdiction. */
    List<String> workingGroup(Long jurisdictionId) {
        return usernames(List.of(jurisdictionId), Set.of(Role.MEMBER, Role.CHAIR));
    }

    List<String> chairs(Long jurisdictionId) {
        return usernames(List.of(jurisdictionId), Set.of(Role.CHAIR));
    }

    /** Coordinators of the jurisdiction and of everything above it, the candidates of its approvals. */
    List<String> coordinators(Long jurisdictionId) {
        return usernames(jurisdictions.ancestryIds(jurisdictionId), Set.of(Role.COORDINATOR));
    }

    /**
     * The language the working group writes in: that of its chairs' accounts (the first chair in
     * username order where they differ), of its members where it has no chair, English where it has nobody.
     */
    java.util.Locale workingLanguage(Long jurisdictionId) {
        List<String> group = chairs(jurisdictionId).isEmpty() ? workingGroup(jurisdictionId) : chairs(jurisdictionId);
        return people.findByUsernames(group).stream()
                .sorted(java.util.Comparator.comparing(org.resilienceroadmap.directory.Person::getUsername))
                .map(org.resilienceroadmap.directory.Person::getLanguage)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(org.resilienceroadmap.shared.i18n.Languages::of)
                .orElse(org.resilienceroadmap.shared.i18n.Languages.ENGLISH);
    }

    /** The names people know these accounts by, in the order given; an account without a name keeps its username. */
    List<SubmissionChoices.Reviewer> named(Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        people.findByUsernames(usernames)
                .forEach(p -> names.put(
                        p.getUsername(),
                        p.getDisplayName() == null || p.getDisplayName().isBlank()
                                ? p.getUsername()
                                : p.getDisplayName()));
        return usernames.stream()
                .map(u -> new SubmissionChoices.Reviewer(u, names.getOrDefault(u, u)))
                .toList();
    }

    private List<String> usernames(Collection<Long> jurisdictionIds, Set<Role> roles) {
        return people.usernames(jurisdictionIds, roles);
    }

    private String code(Long jurisdictionId) {
        return jurisdictions.get(jurisdictionId).getCode();
    }
}
