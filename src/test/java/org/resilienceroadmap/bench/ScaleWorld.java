package org.resilienceroadmap.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.funding.IndicatorMeasure;
import org.resilienceroadmap.funding.IndicatorSpec;
import org.resilienceroadmap.funding.NewProgramme;
import org.resilienceroadmap.funding.ProgrammeService;
import org.resilienceroadmap.funding.ResultKind;
import org.resilienceroadmap.funding.ResultsFramework;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.support.SignedIn;
import org.springframework.context.ApplicationContext;

/**
 * The frame the cities hang in, made once: the region and its countries with their coordinators, and
 * a donor programme over the whole region with a results framework of computed indicators, so that
 * the donor's dashboard counts every generated city. Made again it finds what is there.
 */
final class ScaleWorld {

    record Frame(Long regionId, List<Long> countryIds, Long programmeId, String passwordHash) {}

    private final JurisdictionDirectory jurisdictions;
    private final PeopleDirectory people;
    private final ProgrammeService programmes;
    private final ResultsFramework resultsFramework;
    private final ProgrammeDirectory programmeDirectory;
    private final String passwordHash;

    ScaleWorld(ApplicationContext context) {
        this.jurisdictions = context.getBean(JurisdictionDirectory.class);
        this.people = context.getBean(PeopleDirectory.class);
        this.programmes = context.getBean(ProgrammeService.class);
        this.resultsFramework = context.getBean(ResultsFramework.class);
        this.programmeDirectory = context.getBean(ProgrammeDirectory.class);
        // One bcrypt hash for every generated account: hashing 4,000 passwords would take minutes.
        this.passwordHash = context.getBean(Passwords.class).hash(ScaleNames.PASSWORD);
    }

    Frame build(ScaleSettings settings) {
        Long region = place(ScaleNames.REGION, "Scale test region", JurisdictionLevel.REGION, null);
        account(ScaleNames.REGION_COORDINATOR, Role.COORDINATOR, region, null);
        List<Long> countries = new ArrayList<>();
        for (int c = 1; c <= settings.countries(); c++) {
            Long country = place(ScaleNames.country(c), "Scale test country " + c, JurisdictionLevel.COUNTRY, region);
            account(ScaleNames.countryCoordinator(c), Role.COORDINATOR, country, null);
            countries.add(country);
        }
        Long programme = programmeDirectory
                .findByCode(ScaleNames.PROGRAMME)
                .map(Programme::getId)
                .orElseGet(() -> openProgramme(region));
        account(ScaleNames.DONOR, Role.DONOR, null, programme);
        return new Frame(region, countries, programme, passwordHash);
    }

    private Long place(String code, String name, JurisdictionLevel level, Long parent) {
        return jurisdictions
                .findByCode(code)
                .map(Jurisdiction::getId)
                .orElseGet(() -> jurisdictions
                        .create(new NewJurisdiction(code, name, null, level, parent))
                        .getId());
    }

    void account(String username, Role role, Long jurisdictionId, Long programmeId) {
        if (people.findByUsername(username).isPresent()) {
            return;
        }
        Person person = people.create(
                new NewPerson(username, username, username + "@example.org", "Scale test", "en"), passwordHash, false);
        people.addMembership(person.getId(), role, jurisdictionId, programmeId);
    }

    private Long openProgramme(Long region) {
        return SignedIn.as("admin", () -> {
            Long id = programmes
                    .create(new NewProgramme(
                            ScaleNames.PROGRAMME,
                            "Disaster resilience of every city in the scale test region",
                            "Scale test donor",
                            new BigDecimal("40000000.00"),
                            "USD",
                            LocalDate.of(2022, 1, 1),
                            LocalDate.of(2030, 12, 31),
                            Set.of(region),
                            "The programme the benchmarks read the donor dashboard of.",
                            "XM-DAC-SCALE",
                            "10",
                            "Scale test implementer",
                            List.of("Know Better", "Plan Better", "Implement Better")))
                    .getId();
            resultsFramework.addResult(
                    id, ResultKind.OUTCOME, "1", "Cities plan and implement disaster risk reduction", null);
            resultsFramework.addResult(
                    id, ResultKind.OUTPUT, "1.1", "Cities assessed, with adopted strategies and actions", "1");
            int n = 0;
            for (IndicatorMeasure measure : IndicatorMeasure.values()) {
                n++;
                BigDecimal target = measure.isPercent() ? new BigDecimal("80") : new BigDecimal("1000");
                resultsFramework.addIndicator(
                        id,
                        "1.1",
                        new IndicatorSpec(
                                "1.1." + n,
                                measure.name().toLowerCase().replace('_', ' '),
                                measure.unit(),
                                measure,
                                BigDecimal.ZERO,
                                2022,
                                target,
                                2030,
                                "Counted by the application"));
            }
            return id;
        });
    }
}
