package org.resilienceroadmap.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.support.AssessmentDriver;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The strategy the roadmap opens at stage B is titled in the working group's language, with the place
 * as they write it: a town whose chair reads Russian gets a Russian title with the town's Russian name.
 */
class AutomaticStrategyTitleTests extends IntegrationTest {

    private static final String COORDINATOR = "coordinator.serbia";

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    AssessmentDriver assessments;

    @Autowired
    TaskInbox inbox;

    @Autowired
    StrategyService strategies;

    @Test
    void isWrittenInTheChairsLanguageWithThePlaceAsTheyWriteIt() {
        String code = "RS-T" + System.nanoTime() % 1_000_000;
        Long country = jurisdictions.findByCode("RS").orElseThrow().getId();
        Long city = jurisdictions
                .create(new NewJurisdiction(
                        code, "Testovo", "Тестово", "Тестово-на-Мораве", JurisdictionLevel.CITY, country))
                .getId();
        String chair = "chair." + code.toLowerCase();
        var person =
                people.create(new NewPerson(chair, "Мирко Тестић", null, "Test", "ru"), passwords.hash("demo"), false);
        people.addMembership(person.getId(), Role.CHAIR, city, null);

        as(COORDINATOR, () -> roadmap.join(city, LocalDate.of(2024, 3, 1)));
        assessments.passAssessment(city, chair, COORDINATOR);
        TaskItem gateA = as(COORDINATOR, () -> inbox.openTasks()).stream()
                .filter(t -> city.equals(t.jurisdictionId()) && t.taskKey().equals("Task_StageAGate"))
                .findFirst()
                .orElseThrow();
        as(
                COORDINATOR,
                () -> inbox.complete(gateA.id(), "approve", null, Map.of("overrideReason", "Not this test's subject")));

        assertThat(as(chair, () -> strategies.ofJurisdiction(city)))
                .singleElement()
                .satisfies(s -> assertThat(s.getTitle())
                        .isEqualTo("Тестово-на-Мораве: стратегия и план действий по снижению риска бедствий"));
    }
}
