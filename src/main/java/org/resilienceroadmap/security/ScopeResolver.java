package org.resilienceroadmap.security;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.resilienceroadmap.directory.DirectoryRevision;
import org.resilienceroadmap.directory.Enrolment;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.Membership;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a person's scope from their memberships: a membership covers its jurisdiction and everything
 * under it. A scope is kept with the directory stamp it was read under and served again while the
 * stamp stands — one read of a single row per request instead of the person, their memberships and
 * the jurisdiction tree — and read afresh once any node changes the directory.
 */
@Component
class ScopeResolver {

    /** A bound on the scopes kept, not an eviction policy: past it they are all read again, once. */
    static final int KEPT = 1000;

    private record Known(String stamp, UserScope scope) {}

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final DirectoryRevision revision;
    private final PeopleDirectory people;
    private final JurisdictionDirectory jurisdictions;
    private final ProgrammeDirectory programmes;
    private final CandidateGroups candidateGroups;

    ScopeResolver(
            DirectoryRevision revision,
            PeopleDirectory people,
            JurisdictionDirectory jurisdictions,
            ProgrammeDirectory programmes,
            CandidateGroups candidateGroups) {
        this.revision = revision;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.programmes = programmes;
        this.candidateGroups = candidateGroups;
    }

    @Transactional(readOnly = true)
    UserScope resolve(String username) {
        // The stamp before the rows: rows read after it are at least as new as the stamp says, so a
        // kept scope is never older than its stamp.
        String stamp = revision.current();
        Known before = known.get(username);
        if (before != null && before.stamp().equals(stamp)) {
            return before.scope();
        }
        UserScope scope = read(username);
        if (known.size() >= KEPT) {
            known.clear();
        }
        known.put(username, new Known(stamp, scope));
        return scope;
    }

    private UserScope read(String username) {
        Enrolment enrolment = people.enrolment(username).orElseThrow(() -> new NotFoundException("Person", username));
        Person person = enrolment.person();
        List<Membership> memberships = enrolment.memberships();
        Set<Role> roles = memberships.isEmpty()
                ? EnumSet.noneOf(Role.class)
                : memberships.stream()
                        .map(Membership::getRole)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Set<Long> programmeIds = memberships.stream()
                .map(Membership::getProgrammeId)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        Set<Long> coordinatedRoots = memberships.stream()
                .filter(m -> m.getRole() == Role.COORDINATOR)
                .map(Membership::getJurisdictionId)
                .collect(Collectors.toSet());
        Set<Long> visible;
        Set<Long> coordinated;
        if (roles.contains(Role.ADMIN)) {
            visible = jurisdictions.findAll().stream().map(Jurisdiction::getId).collect(Collectors.toSet());
            programmeIds = programmes.findAll().stream().map(p -> p.getId()).collect(Collectors.toSet());
            coordinated = jurisdictions.subtreeIds(coordinatedRoots);
        } else {
            Set<Long> roots = new HashSet<>();
            memberships.stream()
                    .map(Membership::getJurisdictionId)
                    .filter(id -> id != null)
                    .forEach(roots::add);
            programmes.findAll(programmeIds).forEach(p -> roots.addAll(p.getJurisdictionIds()));
            visible = jurisdictions.subtreeIds(roots);
            // Someone who only coordinates sees exactly what they coordinate: one read of the tree, not two.
            coordinated = roots.equals(coordinatedRoots) ? visible : jurisdictions.subtreeIds(coordinatedRoots);
        }
        return new UserScope(
                person.getId(),
                person.getUsername(),
                person.getDisplayName(),
                person.getLanguage(),
                Set.copyOf(roles),
                visible,
                coordinated,
                Set.copyOf(programmeIds),
                candidateGroups.groupsOf(memberships));
    }
}
