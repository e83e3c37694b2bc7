package org.resilienceroadmap.security;

import java.util.List;

import org.resilienceroadmap.directory.Enrolment;
import org.resilienceroadmap.directory.Membership;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts are people of the directory; their roles are the distinct roles of their memberships. Every
 * way in (password, personal API token, the organisation's identity provider) takes its authorities from
 * here, so a session is the same whichever way it began.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final PeopleDirectory people;

    AccountDetailsService(PeopleDirectory people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Enrolment enrolment =
                people.enrolment(username).orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        Person person = enrolment.person();
        List<SimpleGrantedAuthority> authorities = enrolment.memberships().stream()
                .map(Membership::getRole)
                .distinct()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return User.withUsername(person.getUsername())
                // An organisation-only account has no password; the password sign-in never gets it
                // (passwordAccount), and an empty hash matches nothing.
                .password(person.signsInThroughOrganisationOnly() ? "" : person.getPasswordHash())
                .disabled(!person.isEnabled())
                .authorities(authorities)
                .build();
    }

    /**
     * The account for a password sign-in (form or HTTP Basic): one that signs in through its organisation
     * only is unknown here, so a password for it fails, and counts as a failure, like any wrong one.
     */
    @Transactional(readOnly = true)
    public UserDetails passwordAccount(String username) {
        if (people.findByUsername(username)
                .filter(Person::signsInThroughOrganisationOnly)
                .isPresent()) {
            throw new UsernameNotFoundException("No password sign-in for " + username);
        }
        return loadUserByUsername(username);
    }
}
