package org.resilienceroadmap.security;

import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account changes a signed-in person makes for themself: password and language. */
@Service
public class AccountService {

    private final PeopleDirectory people;
    private final Passwords passwords;
    private final CurrentUser currentUser;

    AccountService(PeopleDirectory people, Passwords passwords, CurrentUser currentUser) {
        this.people = people;
        this.passwords = passwords;
        this.currentUser = currentUser;
    }

    @Transactional
    public void changePassword(String current, String chosen) {
        UserScope me = currentUser.scope();
        Person person = people.get(me.personId());
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

    @Transactional
    public void changeLanguage(String language) {
        currentUser
                .username()
                .flatMap(people::findByUsername)
                .ifPresent(p -> people.changeLanguage(p.getId(), language));
    }

    /** Creates an account whose password the person must change at first sign-in. */
    @Transactional
    public Person createWithOneTimePassword(NewPerson spec, String oneTimePassword) {
        return people.create(spec, passwords.hash(oneTimePassword), true);
    }
}
