package org.resilienceroadmap.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.springframework.context.ApplicationContext;

/**
 * A fresh city ready for actions that no other test touches: an adopted strategy, two hazards in its
 * profile (riverine flood MH0604, earthquake GH0101), a programme that funds it ("Resilient rivers")
 * and a working-group member with a real name, Dilnoza Rahimova. Read from the shared test context,
 * so that using it adds no context of its own.
 */
public record ActionScene(TestCity city, Long strategy, Programme programme, String namedMember) {

    public static final String NAME = "Dilnoza Rahimova";

    public static ActionScene prepare(ApplicationContext context) {
        TestCity city = context.getBean(Fixtures.class).newCity();
        JurisdictionDirectory jurisdictions = context.getBean(JurisdictionDirectory.class);
        jurisdictions.addHazard(city.id(), "MH0604", "2025", 4, 4);
        jurisdictions.addHazard(city.id(), "GH0101", "2025", 3, 5);
        LocalDate today = LocalDate.now(Days.ZONE);
        Programme programme = context.getBean(ProgrammeDirectory.class)
                .create(
                        "RR-" + city.code(),
                        "Resilient rivers",
                        "Test donor",
                        new BigDecimal("900000"),
                        "EUR",
                        today.minusYears(1),
                        today.plusYears(3),
                        Set.of(city.id()));
        Long strategy = context.getBean(ActionDriver.class).adoptedStrategy(city);
        String member = person(context, city, NAME, "en");
        return new ActionScene(city, strategy, programme, member);
    }

    /** One more working-group member of the city with this name and language (password {@code demo}). */
    public static String person(ApplicationContext context, TestCity city, String name, String language) {
        PeopleDirectory people = context.getBean(PeopleDirectory.class);
        String username =
                name.toLowerCase().replace(' ', '.') + "." + city.code().toLowerCase();
        var p = people.create(
                new NewPerson(username, name, null, "Test", language),
                context.getBean(Passwords.class).hash("demo"),
                false);
        people.addMembership(p.getId(), Role.MEMBER, city.id(), null);
        return username;
    }
}
