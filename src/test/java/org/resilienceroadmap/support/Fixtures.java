package org.resilienceroadmap.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.Passwords;
import org.springframework.boot.test.context.TestComponent;

/**
 * Fresh cities for tests that change state, so that no test depends on another's leftovers.
 * Each city lies in Tajikistan (so {@code coordinator.tajikistan} coordinates it) and gets a chair
 * a member and a coordinator account with the password {@code demo}.
 */
@TestComponent
public class Fixtures {

    public record TestCity(Long id, String code, String chair, String member, String coordinator) {}

    private final AtomicInteger sequence = new AtomicInteger();

    private final JurisdictionDirectory jurisdictions;
    private final PeopleDirectory people;
    private final Passwords passwords;

    public Fixtures(JurisdictionDirectory jurisdictions, PeopleDirectory people, Passwords passwords) {
        this.jurisdictions = jurisdictions;
        this.people = people;
        this.passwords = passwords;
    }

    public TestCity newCity() {
        return newCity("TJ");
    }

    /** A fresh city in the demo country with this code (TJ, RS, …). */
    public TestCity newCity(String countryCode) {
        String code = countryCode + "-T" + System.nanoTime() % 1_000_000 + "-" + sequence.incrementAndGet();
        Long country = jurisdictions.findByCode(countryCode).orElseThrow().getId();
        Long id = jurisdictions
                .create(new NewJurisdiction(code, "Test city " + code, null, JurisdictionLevel.CITY, country))
                .getId();
        String chair = account("chair." + code.toLowerCase(), Role.CHAIR, id);
        String member = account("member." + code.toLowerCase(), Role.MEMBER, id);
        String coordinator = account("coordinator." + code.toLowerCase(), Role.COORDINATOR, id);
        return new TestCity(id, code, chair, member, coordinator);
    }

    /** A fresh country in Central Asia, without people: for checklists configured per country that touch no other test. */
    public Long newCountry() {
        Long region = jurisdictions
                .get(jurisdictions.findByCode("TJ").orElseThrow().getId())
                .getParentId();
        String code = "QC" + System.nanoTime() % 1_000_000 + "-" + sequence.incrementAndGet();
        return jurisdictions
                .create(new NewJurisdiction(code, "Test country " + code, null, JurisdictionLevel.COUNTRY, region))
                .getId();
    }

    /** One more account of the city, with the password {@code demo}: e.g. a second coordinator. */
    public String anotherAccount(TestCity city, Role role) {
        return account(role.name().toLowerCase() + "2." + city.code().toLowerCase(), role, city.id());
    }

    private String account(String username, Role role, Long jurisdictionId) {
        Person p = people.create(new NewPerson(username, username, null, "Test", "en"), passwords.hash("demo"), false);
        people.addMembership(p.getId(), role, jurisdictionId, null);
        return username;
    }
}
