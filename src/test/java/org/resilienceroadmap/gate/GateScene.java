package org.resilienceroadmap.gate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.support.AssessmentDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;

/**
 * Cities waiting at their stage A gate, in a country of their own, so that a checklist configured
 * for that country touches no other test: a fresh city has a chair and a member (a working group
 * of two) and no hazards, and its assessment is validated. Made from the context's beans by each
 * test class (not a bean itself, so that the test context stays the one the other tests share).
 */
class GateScene {

    record Country(Long id, String code, String coordinator) {}

    private final Fixtures fixtures;
    private final JurisdictionDirectory jurisdictions;
    private final PeopleDirectory people;
    private final Passwords passwords;
    private final RoadmapService roadmap;
    private final AssessmentDriver assessments;
    private final TaskInbox inbox;

    static GateScene of(org.springframework.context.ApplicationContext context) {
        return new GateScene(
                context.getBean(Fixtures.class),
                context.getBean(JurisdictionDirectory.class),
                context.getBean(PeopleDirectory.class),
                context.getBean(Passwords.class),
                context.getBean(RoadmapService.class),
                context.getBean(AssessmentDriver.class),
                context.getBean(TaskInbox.class));
    }

    GateScene(
            Fixtures fixtures,
            JurisdictionDirectory jurisdictions,
            PeopleDirectory people,
            Passwords passwords,
            RoadmapService roadmap,
            AssessmentDriver assessments,
            TaskInbox inbox) {
        this.fixtures = fixtures;
        this.jurisdictions = jurisdictions;
        this.people = people;
        this.passwords = passwords;
        this.roadmap = roadmap;
        this.assessments = assessments;
        this.inbox = inbox;
    }

    Country newCountry() {
        Long region = jurisdictions
                .get(jurisdictions.findByCode("TJ").orElseThrow().getId())
                .getParentId();
        String code = "QG" + System.nanoTime() % 1_000_000;
        Long id = jurisdictions
                .create(new NewJurisdiction(code, "Test country " + code, null, JurisdictionLevel.COUNTRY, region))
                .getId();
        return new Country(id, code, account("coordinator." + code.toLowerCase(), Role.COORDINATOR, id));
    }

    String account(String username, Role role, Long jurisdictionId) {
        Person p = people.create(new NewPerson(username, username, null, "Test", "en"), passwords.hash("demo"), false);
        people.addMembership(p.getId(), role, jurisdictionId, null);
        return username;
    }

    /** A city of the country that joined and whose assessment is validated: it waits at the A ▸ B gate. */
    TestCity atStageAGate(Country country) {
        TestCity city = fixtures.newCity(country.code());
        SignedIn.as(city.coordinator(), () -> {
            roadmap.join(city.id(), LocalDate.of(2024, 3, 1));
            return null;
        });
        assessments.passAssessment(city.id(), city.chair(), city.coordinator());
        return city;
    }

    /** A third working-group member and a hazard: the A ▸ B defaults are met. */
    void completeStageAData(TestCity city) {
        account("member3." + city.code().toLowerCase(), Role.MEMBER, city.id());
        var hazard = jurisdictions.hazardCatalogue().get(0);
        jurisdictions.addHazard(city.id(), hazard.getCode(), hazard.getEdition(), 3, 4);
    }

    TaskItem gate(TestCity city) {
        List<TaskItem> open = SignedIn.as(city.coordinator(), () -> inbox.openTasks()).stream()
                .filter(t ->
                        city.id().equals(t.jurisdictionId()) && t.processKey().equals("roadmap"))
                .toList();
        if (open.size() != 1) {
            throw new AssertionError("Expected one roadmap task, found " + open);
        }
        return open.get(0);
    }

    void approve(TestCity city, Map<String, Object> fields) {
        TaskItem gate = gate(city);
        SignedIn.as(city.coordinator(), () -> {
            inbox.complete(gate.id(), "approve", null, fields);
            return null;
        });
    }
}
