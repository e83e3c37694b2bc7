package org.resilienceroadmap.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.Fixtures;
import org.springframework.context.ApplicationContext;

/**
 * Two fresh countries of their own, so that counts touch no other test. The first has three cities whose
 * stage began 10, 150 and 300 days ago (current, late and silent with the default thresholds), named
 * so that they sort Alpha, Bravo, Charlie; the second one city, Delta, that a programme covers. Each
 * country has its coordinator, the programme its donor, and Alpha a chair.
 */
record PortfolioScene(
        Long countryA,
        String coordinatorA,
        Long alpha,
        Long bravo,
        Long charlie,
        String chairAlpha,
        Long countryB,
        String coordinatorB,
        Long delta,
        Long programme,
        String donor,
        String tag) {

    static PortfolioScene prepare(ApplicationContext context) {
        Fixtures fixtures = context.getBean(Fixtures.class);
        JurisdictionDirectory jurisdictions = context.getBean(JurisdictionDirectory.class);
        LocalDate today = LocalDate.now(Days.ZONE);
        String tag = "P" + System.nanoTime() % 1_000_000;
        Long countryA = fixtures.newCountry();
        Long countryB = fixtures.newCountry();
        Long alpha = city(jurisdictions, countryA, tag + "-A", "Alpha " + tag, RoadmapStage.A, today.minusDays(10));
        Long bravo = city(jurisdictions, countryA, tag + "-B", "Bravo " + tag, RoadmapStage.B, today.minusDays(150));
        Long charlie =
                city(jurisdictions, countryA, tag + "-C", "Charlie " + tag, RoadmapStage.C, today.minusDays(300));
        Long delta = city(jurisdictions, countryB, tag + "-D", "Delta " + tag, RoadmapStage.A, today.minusDays(20));
        Long programme = context.getBean(ProgrammeDirectory.class)
                .create(
                        "PF-" + tag,
                        "Portfolio test programme " + tag,
                        "Test donor",
                        new BigDecimal("100000"),
                        "EUR",
                        today.minusYears(1),
                        today.plusYears(2),
                        Set.of(delta))
                .getId();
        return new PortfolioScene(
                countryA,
                account(context, "coordinator.a." + tag.toLowerCase(), Role.COORDINATOR, countryA, null),
                alpha,
                bravo,
                charlie,
                account(context, "chair.a." + tag.toLowerCase(), Role.CHAIR, alpha, null),
                countryB,
                account(context, "coordinator.b." + tag.toLowerCase(), Role.COORDINATOR, countryB, null),
                delta,
                programme,
                account(context, "donor." + tag.toLowerCase(), Role.DONOR, null, programme),
                tag);
    }

    private static Long city(
            JurisdictionDirectory jurisdictions,
            Long country,
            String code,
            String name,
            RoadmapStage stage,
            LocalDate on) {
        Long id = jurisdictions
                .create(new NewJurisdiction(code, name, null, JurisdictionLevel.CITY, country))
                .getId();
        jurisdictions.recordJoining(id, on);
        jurisdictions.enterStage(id, stage, null, on);
        return id;
    }

    private static String account(
            ApplicationContext context, String username, Role role, Long jurisdictionId, Long programmeId) {
        PeopleDirectory people = context.getBean(PeopleDirectory.class);
        var p = people.create(
                new NewPerson(username, username, null, "Test", "en"),
                context.getBean(Passwords.class).hash("demo"),
                false);
        people.addMembership(p.getId(), role, jurisdictionId, programmeId);
        return username;
    }
}
