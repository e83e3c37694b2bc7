package org.resilienceroadmap.directory;

import java.util.List;
import java.util.Optional;

import org.resilienceroadmap.shared.error.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People, their accounts and memberships. Password hashing is the caller's (security's) business. */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final ApplicationEventPublisher events;

    PeopleDirectory(PersonRepository people, MembershipRepository memberships, ApplicationEventPublisher events) {
        this.people = people;
        this.memberships = memberships;
        this.events = events;
    }

    public Optional<Person> findByUsername(String username) {
        return people.findByUsername(username);
    }

    /** The accounts with this e-mail address, whatever its case: more than one means it names nobody for sure. */
    public List<Person> findByEmail(String email) {
        return email == null || email.isBlank() ? List.of() : people.findByEmailIgnoreCase(email.strip());
    }

    /** The person with their memberships in one statement: every request resolves its caller's scope from them. */
    public Optional<Enrolment> enrolment(String username) {
        List<Object[]> rows = people.findWithMemberships(username);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Membership> held = rows.stream()
                .map(row -> (Membership) row[1])
                .filter(m -> m != null)
                .toList();
        return Optional.of(new Enrolment((Person) rows.get(0)[0], held));
    }

    public Person get(Long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    public List<Person> findAll() {
        return people.findAll(org.springframework.data.domain.Sort.by("username"));
    }

    public long count() {
        return people.count();
    }

    public List<Membership> membershipsOf(Long personId) {
        return memberships.findByPersonId(personId);
    }

    public List<Membership> membershipsIn(Long jurisdictionId) {
        return memberships.findByJurisdictionId(jurisdictionId);
    }

    /** Usernames of the people holding one of these roles in these jurisdictions, each once, in the order found. */
    public List<String> usernames(java.util.Collection<Long> jurisdictionIds, java.util.Set<Role> roles) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Long id : jurisdictionIds) {
            memberships.findByJurisdictionId(id).stream()
                    .filter(m -> roles.contains(m.getRole()))
                    .forEach(m -> names.add(get(m.getPersonId()).getUsername()));
        }
        return List.copyOf(names);
    }

    /**
     * The coordinators of each of these jurisdictions that has any, in the order given: for a city's
     * ancestry, the nearest coordinators first, then the level above them. Who is told of silence.
     */
    public List<List<String>> coordinatorLevels(List<Long> ancestryIds) {
        return ancestryIds.stream()
                .map(id -> usernames(List.of(id), java.util.Set.of(Role.COORDINATOR)))
                .filter(names -> !names.isEmpty())
                .toList();
    }

    /** Usernames of the donors who watch this programme. */
    public List<String> donorsOf(Long programmeId) {
        return memberships.findByProgrammeId(programmeId).stream()
                .filter(m -> m.getRole() == Role.DONOR)
                .map(m -> get(m.getPersonId()).getUsername())
                .distinct()
                .toList();
    }

    @Transactional
    public Person create(NewPerson spec, String passwordHash, boolean passwordChangeRequired) {
        if (people.findByUsername(spec.username()).isPresent()) {
            throw new IllegalArgumentException("The username " + spec.username() + " is taken");
        }
        Person person = new Person(
                spec.username(), passwordHash, spec.displayName(), spec.email(), spec.organisation(), spec.language());
        person.changePassword(passwordHash, passwordHash != null && passwordChangeRequired);
        return people.save(person);
    }

    @Transactional
    public Membership addMembership(Long personId, Role role, Long jurisdictionId, Long programmeId) {
        Membership added = memberships.save(new Membership(get(personId).getId(), role, jurisdictionId, programmeId));
        events.publishEvent(new DirectoryChanged("membership"));
        return added;
    }

    @Transactional
    public void changePassword(Long personId, String newHash) {
        get(personId).changePassword(newHash, false);
    }

    @Transactional
    public void changeLanguage(Long personId, String language) {
        get(personId).changeLanguage(language);
        events.publishEvent(new DirectoryChanged("language"));
    }

    @Transactional
    public void changeWeeklyDigest(Long personId, boolean wanted) {
        get(personId).changeWeeklyDigest(wanted);
    }

    /** The people of these usernames that exist, in one read. */
    public List<Person> findByUsernames(java.util.Collection<String> usernames) {
        return usernames.isEmpty() ? List.of() : people.findByUsernameIn(usernames);
    }
}
