package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.SignedIn;
import org.springframework.context.ApplicationContext;

/**
 * A fresh city in Tajikistan with one approved action (60,000 EUR, six months to its due date, done
 * {@code percentDone}), a programme in {@code currency} covering only that city with one disbursement
 * of 30,000, and a donor account of the programme. The city's coordinator manages the programme.
 */
record MoneyScene(TestCity city, Long programmeId, Long actionId, Long disbursementId, String donor) {

    static MoneyScene prepare(ApplicationContext context, String currency, int percentDone, LocalDate due) {
        TestCity city = context.getBean(Fixtures.class).newCity();
        ActionDriver actions = context.getBean(ActionDriver.class);
        Long strategy = actions.adoptedStrategy(city);
        Long action = actions.approved(city, strategy, "Sirens for every district", due)
                .getId();
        if (percentDone > 0) {
            SignedIn.as(
                    city.member(),
                    () -> context.getBean(ActionProgress.class)
                            .reportProgress(action, percentDone, "Sirens bought and some installed.", List.of()));
        }
        String code = "MP-" + city.code();
        Long programme = SignedIn.as(
                "admin",
                () -> context.getBean(ProgrammeService.class)
                        .create(new NewProgramme(
                                code,
                                "Sirens programme " + code,
                                "Test donor",
                                new BigDecimal("500000.00"),
                                currency,
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2030, 12, 31),
                                Set.of(city.id()),
                                null,
                                null,
                                null,
                                null,
                                List.of()))
                        .getId());
        SignedIn.as(
                city.coordinator(),
                () -> context.getBean(ProgrammeBudget.class)
                        .recordDisbursement(
                                programme, LocalDate.of(2025, 3, 1), new BigDecimal("30000.00"), currency, "First"));
        Long disbursement = SignedIn.as(
                city.coordinator(),
                () -> context.getBean(MoneyAndProgress.class)
                        .read(programme)
                        .sources()
                        .get(0)
                        .id());
        PeopleDirectory people = context.getBean(PeopleDirectory.class);
        String donor = "donor." + city.code().toLowerCase();
        Person p = people.create(
                new NewPerson(donor, donor, null, "Test donor", "en"),
                context.getBean(Passwords.class).hash("demo"),
                false);
        people.addMembership(p.getId(), Role.DONOR, null, programme);
        return new MoneyScene(city, programme, action, disbursement, donor);
    }
}
