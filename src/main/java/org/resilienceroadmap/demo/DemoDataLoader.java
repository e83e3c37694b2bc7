package org.resilienceroadmap.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo into an empty database: places, hazards, the EU programme, accounts, and roadmaps under way.
 * <p>Over 300 lines: the demo's places and people as data, in the order they are made.
 */
@Component
@Profile("demo")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JurisdictionDirectory jurisdictions;
    private final PeopleDirectory people;
    private final ProgrammeDirectory programmes;
    private final Passwords passwords;
    private final RoadmapService roadmap;
    private final TaskService tasks;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final AssessmentService assessments;
    private final DemoKraljevoPlan kraljevoPlan;
    private final DemoEuProgramme euProgramme;
    private final DemoRoadmapEntries roadmapEntries;
    private final DemoHubs hubs;
    private final DemoMoneyAndProgress moneyAndProgress;
    private final DemoPublications publications;

    DemoDataLoader(
            JurisdictionDirectory jurisdictions,
            PeopleDirectory people,
            ProgrammeDirectory programmes,
            Passwords passwords,
            RoadmapService roadmap,
            TaskService tasks,
            IdentityService identity,
            RuntimeService runtime,
            AssessmentService assessments,
            DemoKraljevoPlan kraljevoPlan,
            DemoEuProgramme euProgramme,
            DemoRoadmapEntries roadmapEntries,
            DemoHubs hubs,
            DemoMoneyAndProgress moneyAndProgress,
            DemoPublications publications) {
        this.roadmapEntries = roadmapEntries;
        this.jurisdictions = jurisdictions;
        this.people = people;
        this.programmes = programmes;
        this.passwords = passwords;
        this.roadmap = roadmap;
        this.tasks = tasks;
        this.identity = identity;
        this.runtime = runtime;
        this.assessments = assessments;
        this.kraljevoPlan = kraljevoPlan;
        this.euProgramme = euProgramme;
        this.hubs = hubs;
        this.moneyAndProgress = moneyAndProgress;
        this.publications = publications;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jurisdictions.findByCode("CA").isPresent()) {
            return;
        }
        Map<String, Long> ids = places();
        hazards(ids);
        Programme eu = programmes.create(
                "EU-CA-SENDAI",
                "Strengthening disaster resilience and accelerating implementation of the Sendai Framework for DRR "
                        + "in Central Asia",
                "European Union",
                new BigDecimal("3750000.00"),
                "EUR",
                LocalDate.of(2020, 7, 1),
                LocalDate.of(2023, 6, 30),
                Set.of(ids.get("CA")));
        programmes.create(
                "ECHO-DIPECHO-CA",
                "DIPECHO disaster preparedness programme in Central Asia",
                "European Union (humanitarian aid)",
                new BigDecimal("47000000.00"),
                "EUR",
                LocalDate.of(2003, 1, 1),
                LocalDate.of(2020, 12, 31),
                Set.of(ids.get("CA")));
        Map<String, Long> scopes = new HashMap<>(ids);
        scopes.put("EU-CA-SENDAI", eu.getId());
        accounts().forEach(a -> account(a, scopes));
        startRoadmaps(ids);
        kraljevoPlan.walk(ids.get("RS-KRA"));
        hubs.designateKraljevo(ids);
        publications.publishKraljevo(ids);
        euProgramme.fill(eu.getId());
        moneyAndProgress.allocate(ids);
        log.info(
                "Demo data loaded: sign in as chair.dushanbe, member.dushanbe, coordinator.tajikistan, "
                        + "chair.kraljevo, member.kraljevo, chair.kragujevac, chair.pirot, coordinator.serbia, coordinator.centralasia, donor.eu or admin, "
                        + "password '{}'.",
                PASSWORD);
    }

    private Map<String, Long> places() {
        Map<String, Long> ids = new HashMap<>();
        for (DemoPlaces.Place p : DemoPlaces.ALL) {
            Jurisdiction j = jurisdictions.create(new NewJurisdiction(
                    p.code(),
                    p.name(),
                    p.localName(),
                    p.russianName(),
                    p.serbianName(),
                    p.level(),
                    p.parentCode() == null ? null : ids.get(p.parentCode())));
            ids.put(p.code(), j.getId());
        }
        return ids;
    }

    private void hazards(Map<String, Long> ids) {
        // Tajikistan's hazards as its seeds list them; Dushanbe's own ratings are the demo's invention.
        for (String code : List.of("MH0801", "MH0401", "GH0101", "MH0604", "MH0501", "GH0300", "GH0303")) {
            jurisdictions.addHazard(ids.get("TJ"), code, "2025", 3, 4);
        }
        for (String code : List.of("LOCAL-EPI", "LOCAL-INS", "LOCAL-WND")) {
            jurisdictions.addHazard(ids.get("TJ"), code, "local", 3, 3);
        }
        Long dushanbe = ids.get("TJ-DYU");
        jurisdictions.addHazard(dushanbe, "GH0101", "2025", 4, 5);
        jurisdictions.addHazard(dushanbe, "GH0303", "2025", 3, 4);
        jurisdictions.addHazard(dushanbe, "MH0604", "2025", 3, 3);
        jurisdictions.addHazard(dushanbe, "MH0501", "2025", 4, 3);
        jurisdictions.addHazard(dushanbe, "LOCAL-EPI", "local", 3, 4);
        Long kraljevo = ids.get("RS-KRA");
        jurisdictions.addHazard(kraljevo, "MH0604", "2025", 4, 4);
        jurisdictions.addHazard(kraljevo, "GH0101", "2025", 3, 4);
        jurisdictions.addHazard(kraljevo, "GH0300", "2025", 3, 3);
    }

    private static List<DemoAccount> accounts() {
        return List.of(
                new DemoAccount(
                        "member.dushanbe",
                        "Dilnoza Rahimova",
                        "Dushanbe city executive body",
                        "ru",
                        Role.MEMBER,
                        "TJ-DYU"),
                new DemoAccount(
                        "chair.dushanbe",
                        "Jamshed Karimov",
                        "Dushanbe city executive body",
                        "en",
                        Role.CHAIR,
                        "TJ-DYU"),
                new DemoAccount(
                        "coordinator.tajikistan",
                        "Zarina Sharipova",
                        "Committee of Emergency Situations, Tajikistan",
                        "en",
                        Role.COORDINATOR,
                        "TJ"),
                new DemoAccount("chair.kraljevo", "Milica Jovanović", "City of Kraljevo", "en", Role.CHAIR, "RS-KRA"),
                new DemoAccount(
                        "member.kraljevo", "Jelena Marković", "City of Kraljevo", "sr-Latn", Role.MEMBER, "RS-KRA"),
                new DemoAccount(
                        DemoRoadmapEntries.KRAGUJEVAC_CHAIR,
                        "Marko Stanković",
                        "City of Kragujevac",
                        "sr-Latn",
                        Role.CHAIR,
                        "RS-KRG"),
                new DemoAccount(
                        DemoRoadmapEntries.PIROT_CHAIR,
                        "Dragana Ilić",
                        "City of Pirot",
                        "sr-Latn",
                        Role.CHAIR,
                        "RS-PIR"),
                new DemoAccount(
                        "coordinator.serbia",
                        "Nikola Petrović",
                        "Ministry of Interior, Sector for Emergency Management",
                        "en",
                        Role.COORDINATOR,
                        "RS"),
                new DemoAccount(
                        DemoEuProgramme.COORDINATOR,
                        "Aigerim Nurlanova",
                        "Center for Emergency Situations and Disaster Risk Reduction (CESDRR), Almaty",
                        "ru",
                        Role.COORDINATOR,
                        "CA"),
                new DemoAccount("donor.eu", "Anna Weber", "European Union", "en", Role.DONOR, "EU-CA-SENDAI"),
                new DemoAccount("admin", "Administrator", "Resilience Roadmap", "en", Role.ADMIN, null));
    }

    private void account(DemoAccount a, Map<String, Long> scopes) {
        Person person = people.create(
                new NewPerson(
                        a.username(), a.displayName(), a.username() + "@example.org", a.organisation(), a.language()),
                passwords.hash(PASSWORD),
                false);
        Long target = a.scopeCode() == null ? null : scopes.get(a.scopeCode());
        people.addMembership(
                person.getId(),
                a.role(),
                a.role() == Role.DONOR ? null : target,
                a.role() == Role.DONOR ? target : null);
    }

    /** Dushanbe joined in August 2021, Serbia's eleven in February 2021; five of those have passed stage A. */
    private void startRoadmaps(Map<String, Long> ids) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            roadmap.join(ids.get("TJ-DYU"), LocalDate.of(2021, 8, 1));
            for (String code : DemoPlaces.SERBIAN_MEMBERS) {
                if (!DemoPlaces.SERBIAN_ENTERED_AT_B.contains(code)) {
                    roadmap.join(ids.get(code), LocalDate.of(2021, 2, 1));
                }
            }
            roadmapEntries.enterAtB(ids);
            for (String code : DemoPlaces.SERBIAN_ASSESSED) {
                passStageA(ids.get(code), code.equals("RS-KRA") ? "chair.kraljevo" : null);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Walks a Serbian local government through its stage A assessment, as its press release tells:
     * DRR documents, risk identification, response plans and trained staff in place; coordination,
     * DRR in sector policies and sustainable financing missing. Kraljevo's chair records the scores.
     */
    private void passStageA(Long jurisdictionId, String scorer) {
        boolean scored = false;
        for (int step = 0; step < 40; step++) {
            Task task = tasks
                    .createTaskQuery()
                    .active()
                    .processVariableValueEquals(ProcessVariables.JURISDICTION_ID, jurisdictionId)
                    .list()
                    .stream()
                    .findFirst()
                    .orElse(null);
            if (task == null) {
                return;
            }
            String key = task.getTaskDefinitionKey();
            if (key.equals("Task_ScoreEssential") && scorer != null && !scored) {
                recordSerbianScores(task.getProcessInstanceId(), scorer);
                scored = true;
            }
            String outcome = DEMO_OUTCOMES.get(key);
            String by = key.equals("Task_Validate") || key.equals("Task_StageAGate")
                    ? "coordinator.serbia"
                    : scorer == null ? "demo-history" : scorer;
            complete(
                    task,
                    outcome,
                    by,
                    key.equals("Task_StageAGate")
                            ? "Assessment validated; on to Plan Better."
                            : key.equals("Task_Validate") ? "Scores and findings agreed with the working group." : null,
                    key.equals("Task_StageAGate") ? STAGE_A_PASSED.get(jurisdictionCode(jurisdictionId)) : null);
            if (key.equals("Task_StageAGate")) {
                return;
            }
        }
    }

    private void recordSerbianScores(String processInstanceId, String scorer) {
        Long assessmentId = Long.valueOf((String) runtime.getVariable(processInstanceId, ProcessVariables.SUBJECT_ID));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        scorer, null, AuthorityUtils.createAuthorityList("ROLE_CHAIR")));
        SERBIAN_SCORES.forEach((code, score) -> assessments.answer(assessmentId, code, score, null, null, null));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    private String jurisdictionCode(Long id) {
        return jurisdictions.codeOf(id);
    }

    private void complete(Task task, String outcome, String by, String comment, LocalDate stageEnteredOn) {
        identity.setAuthenticatedUserId(by);
        try {
            if (comment != null) {
                tasks.createComment(task.getId(), task.getProcessInstanceId(), comment);
            }
            java.util.Map<String, Object> variables = new java.util.HashMap<>();
            variables.put(ProcessVariables.OUTCOME, outcome);
            variables.put(ProcessVariables.COMMENT, comment);
            variables.put(ProcessVariables.DECIDED_BY, by);
            if (stageEnteredOn != null) {
                variables.put(
                        org.resilienceroadmap.roadmap.process.RoadmapProcess.STAGE_ENTERED_ON,
                        stageEnteredOn.toString());
            }
            if (task.getTaskDefinitionKey().equals("Task_StageAGate")) {
                // The demo's history predates the stage-gate checklists: its approval says so in the audit log.
                variables.put("overrideReason", "Approved before the stage-gate checklists were introduced.");
            }
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * When each assessed Serbian local government passed stage A: the demo's dates, after the 2021
     * scorecard workshops, so that its stage history reads as it happened rather than as the day it was loaded.
     */
    private static final Map<String, LocalDate> STAGE_A_PASSED = Map.of(
            "RS-CAC",
            LocalDate.of(2021, 11, 22),
            "RS-KRA",
            LocalDate.of(2021, 10, 14),
            "RS-KRU",
            LocalDate.of(2021, 12, 6),
            "RS-ZRE",
            LocalDate.of(2022, 2, 9),
            "RS-UZI",
            LocalDate.of(2022, 3, 17));

    private static final Map<String, String> DEMO_OUTCOMES = Map.of(
            "Task_AssignEssentials",
            "start",
            "Task_ScoreEssential",
            "done",
            "Task_Consolidate",
            "submit",
            "Task_Validate",
            "validate",
            "Task_StageAGate",
            "approve");

    /** Scores in line with the published Serbian results; low ones become findings at consolidation. */
    private static final Map<String, Integer> SERBIAN_SCORES =
            Map.of("P1.1", 3, "P1.2", 1, "P1.3", 1, "P2.1", 2, "P3.1", 1, "P3.2", 0, "P5.2", 1, "P6.1", 2, "P9.2", 3);
}
