package org.resilienceroadmap.demo;

import java.time.LocalDate;
import java.util.Map;

import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.RoadmapEntries;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.roadmap.process.RoadmapProcess;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Serbia's eleven ran the Making Cities Resilient campaign 2010–2020, so some entered MCR2030 past stage A:
 * Kragujevac entered at B with its prior scorecard, which Serbia's coordinator accepted; Pirot did the
 * same and waits for the coordinator's validation.
 */
@Component
class DemoRoadmapEntries {

    static final String KRAGUJEVAC_CHAIR = "chair.kragujevac";
    static final String PIROT_CHAIR = "chair.pirot";
    private static final LocalDate JOINED = LocalDate.of(2021, 2, 1);

    private final RoadmapService roadmap;
    private final RoadmapEntries entries;
    private final TaskInbox inbox;

    DemoRoadmapEntries(RoadmapService roadmap, RoadmapEntries entries, TaskInbox inbox) {
        this.roadmap = roadmap;
        this.entries = entries;
        this.inbox = inbox;
    }

    /** Joins both at stage B; the caller has signed in as an admin. */
    void enterAtB(Map<String, Long> ids) {
        Long kragujevac = ids.get("RS-KRG");
        Long pirot = ids.get("RS-PIR");
        roadmap.join(kragujevac, JOINED, RoadmapStage.B);
        roadmap.join(pirot, JOINED, RoadmapStage.B);
        attachAndSend(kragujevac, "Kragujevac", KRAGUJEVAC_CHAIR, 2018);
        attachAndSend(pirot, "Pirot", PIROT_CHAIR, 2019);
        as(
                "coordinator.serbia",
                "ROLE_COORDINATOR",
                () -> inbox.complete(
                        task(kragujevac),
                        RoadmapProcess.OUTCOME_ACCEPT_ENTRY,
                        "The 2018 scorecard covers all ten Essentials; Plan Better it is.",
                        Map.of()));
    }

    private void attachAndSend(Long jurisdictionId, String place, String chair, int year) {
        as(chair, "ROLE_CHAIR", () -> {
            entries.attach(
                    jurisdictionId,
                    place + "-preliminary-scorecard-" + year + ".pdf",
                    DemoPriorScorecard.pdf(place, year),
                    null,
                    null);
            inbox.complete(task(jurisdictionId), RoadmapProcess.OUTCOME_SEND_FOR_VALIDATION, null, Map.of());
        });
    }

    private String task(Long jurisdictionId) {
        return inbox.openTasks().stream()
                .filter(t -> jurisdictionId.equals(t.jurisdictionId()))
                .filter(t -> RoadmapProcess.KEY.equals(t.processKey()))
                .map(TaskItem::id)
                .findFirst()
                .orElseThrow();
    }

    private static void as(String username, String role, Runnable step) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        username, null, AuthorityUtils.createAuthorityList(role)));
        try {
            step.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
