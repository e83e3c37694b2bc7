package org.resilienceroadmap.security;

import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account changes a signed-in person makes for themself: password, language, the weekly digest e-mail. */
@Service
public class AccountService {

    private final PeopleDirectory people;
    private final Passwords passwords;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    AccountService(PeopleDirectory people, Passwords passwords, CurrentUser currentUser, AuditLog audit) {
        this.people = people;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional
    public void changePassword(String current, String chosen) {
        UserScope me = currentUser.scope();
        Person person = people.get(me.personId());
        if (person.signsInThroughOrganisationOnly()) {
            throw new InvalidRequestException("currentPassword", "password.organisationOnly");
        }
        if (!passwords.matches(current, person.getPasswordHash())) {
            throw new InvalidRequestException("currentPassword", "password.rule.current");
        }
        passwords.checkRules(person.getUsername(), chosen);
        people.changePassword(person.getId(), passwords.hash(chosen));
    }

    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return currentUser
                .username()
                .flatMap(people::findByUsername)
                .map(Person::isPasswordChangeRequired)
                .orElse(false);
    }

    /** Whether the caller signs in through their organisation only, and so has no password to change. */
    @Transactional(readOnly = true)
    public boolean signsInThroughOrganisationOnly() {
        return currentUser
                .username()
                .flatMap(people::findByUsername)
                .map(Person::signsInThroughOrganisationOnly)
                .orElse(false);
    }

    @Transactional
    public void changeLanguage(String language) {
        currentUser
                .username()
                .flatMap(people::findByUsername)
                .ifPresent(p -> people.changeLanguage(p.getId(), language));
    }

    @Transactional(readOnly = true)
    public boolean wantsWeeklyDigest() {
        return people.get(currentUser.scope().personId()).wantsWeeklyDigest();
    }

    /** Switches the caller's weekly digest e-mail on or off; a change is audited on the person. */
    @Transactional
    public void changeWeeklyDigest(boolean wanted) {
        Person person = people.get(currentUser.scope().personId());
        if (person.wantsWeeklyDigest() == wanted) {
            return;
        }
        people.changeWeeklyDigest(person.getId(), wanted);
        audit.record(new AuditEntry(
                person.getUsername(),
                "PERSON",
                String.valueOf(person.getId()),
                "account:weekly-digest",
                wanted ? "off" : "on",
                wanted ? "on" : "off",
                null));
    }

    /** Creates an account whose password the person must change at first sign-in. */
    @Transactional
    public Person createWithOneTimePassword(NewPerson spec, String oneTimePassword) {
        return people.create(spec, passwords.hash(oneTimePassword), true);
    }

    /** Creates an account that signs in through its organisation's identity provider only: no password is kept. */
    @Transactional
    public Person createForOrganisationSignIn(NewPerson spec) {
        return people.create(spec, null, false);
    }
}
