package org.resilienceroadmap.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    /** The person and each of their memberships (none: one row with a null membership). */
    @Query("select p, m from Person p left join Membership m on m.personId = p.id where p.username = :username")
    List<Object[]> findWithMemberships(String username);

    List<Person> findByUsernameIn(Collection<String> usernames);

    List<Person> findByEmailIgnoreCase(String email);
}
