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

/** Accounts are people of the directory; their roles are the distinct roles of their memberships. */
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
                .password(person.getPasswordHash())
                .disabled(!person.isEnabled())
                .authorities(authorities)
                .build();
    }
}
