package org.resilienceroadmap.roadmap;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resilienceroadmap.directory.Hazard;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.process.RoadmapProcess;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.workflow.ProcessRuns;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Joining MCR2030, the stage changes the roadmap process makes, and the scoped reads of jurisdictions. */
@Service
public class RoadmapService {

    public static final String SUBJECT_TYPE = "JURISDICTION";

    private final JurisdictionDirectory directory;
    private final ProgrammeDirectory programmes;
    private final ProcessRuns runs;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final RoadmapEntries entries;
    private final java.time.Clock clock;

    RoadmapService(
            JurisdictionDirectory directory,
            ProgrammeDirectory programmes,
            ProcessRuns runs,
            CurrentUser currentUser,
            AuditLog audit,
            RoadmapEntries entries,
            java.time.Clock clock) {
        this.entries = entries;
        this.clock = clock;
        this.directory = directory;
        this.programmes = programmes;
        this.runs = runs;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Records that a jurisdiction joined MCR2030 at stage A and starts its roadmap; admins and its coordinators may. */
    @Transactional
    public void join(Long jurisdictionId, LocalDate joinedOn) {
        join(jurisdictionId, joinedOn, RoadmapStage.A);
    }

    /**
     * Records that a jurisdiction joined MCR2030 at a stage and starts its roadmap; admins and its
     * coordinators may. MCR2030 lets a city enter at any stage: at B or C its chair attaches the
     * evidence and a coordinator validates it before the roadmap runs from there.
     */
    @Transactional
    public void join(Long jurisdictionId, LocalDate joinedOn, RoadmapStage stage) {
        UserScope me = currentUser.scope();
        requireVisible(me, jurisdictionId);
        if (!me.coordinates(jurisdictionId)) {
            throw new ForbiddenException(Refusal.of("refusal.roadmap.onlyCoordinatorJoins"));
        }
        // The campaign began in 2010 (MCR2030 in 2021); a far-off date is a typo, and PostgreSQL cannot store every
        // year.
        if (joinedOn == null || joinedOn.getYear() < 2000 || joinedOn.getYear() > 2100) {
            throw new org.resilienceroadmap.shared.error.InvalidRequestException(
                    "joinedOn", Refusal.of("refusal.roadmap.joinedOn"));
        }
        Jurisdiction jurisdiction = directory.get(jurisdictionId);
        if (jurisdiction.getJoinedOn() != null) {
            throw new ConflictException(
                    Refusal.of("refusal.roadmap.joinedAlready", new Refusal.Day(jurisdiction.getJoinedOn())));
        }
        RoadmapStage entry = stage == null ? RoadmapStage.A : stage;
        directory.recordJoining(jurisdictionId, joinedOn);
        if (entry != RoadmapStage.A) {
            entries.open(jurisdictionId, entry, joinedOn);
        }
        runs.start(
                RoadmapProcess.KEY,
                String.valueOf(jurisdictionId),
                Map.of(
                        ProcessVariables.SUBJECT_TYPE, SUBJECT_TYPE,
                        ProcessVariables.SUBJECT_ID, String.valueOf(jurisdictionId),
                        ProcessVariables.JURISDICTION_ID, jurisdictionId,
                        ProcessVariables.DECIDED_BY, me.username(),
                        RoadmapProcess.ENTRY_STAGE, entry.name()));
        audit.record(new AuditEntry(
                        me.username(),
                        SUBJECT_TYPE,
                        String.valueOf(jurisdictionId),
                        "roadmap:join",
                        null,
                        entry.name(),
                        "joined on " + joinedOn)
                .in(jurisdictionId));
    }

    /**
     * Called by the roadmap process when a stage gate is passed, or when the roadmap starts. The first
     * stage begins on the joining day, as MCR2030 counts it: stage A with no approver (joining is no
     * approval), stage B or C approved by the coordinator who validated the entry. A later stage
     * begins today, unless {@code enteredOn} replays an earlier day.
     */
    @Transactional
    public void enterStage(Long jurisdictionId, RoadmapStage stage, String approvedBy, LocalDate enteredOn) {
        boolean first = directory.stageHistory(jurisdictionId).isEmpty();
        LocalDate on = enteredOn != null
                ? enteredOn
                : first ? directory.get(jurisdictionId).getJoinedOn() : null;
        String approver = first && stage == RoadmapStage.A ? null : approvedBy;
        directory.enterStage(jurisdictionId, stage, approver, on);
    }

    @Transactional(readOnly = true)
    public List<JurisdictionView> jurisdictionsInScope() {
        UserScope me = currentUser.scope();
        return directory.findAll(me.visibleJurisdictionIds()).stream()
                .map(JurisdictionView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public JurisdictionDetail detail(Long id) {
        UserScope me = currentUser.scope();
        requireVisible(me, id);
        Jurisdiction j = directory.get(id);
        Map<String, Hazard> catalogue = directory.hazardCatalogue().stream()
                .collect(Collectors.toMap(h -> h.getCode() + "/" + h.getEdition(), Function.identity()));
        var stays = directory.stageHistory(id).stream()
                .map(h -> new JurisdictionDetail.StageStay(
                        h.getStage(),
                        h.getEnteredAt(),
                        h.getLeftAt(),
                        h.getApprovedBy(),
                        StageTimes.days(h.getEnteredAt(), h.getLeftAt(), Days.today(clock))))
                .toList();
        var hazards = directory.hazardProfile(id).stream()
                .map(e -> new JurisdictionDetail.HazardRating(
                        e.getHazardCode(),
                        e.getHazardEdition(),
                        catalogue
                                .get(e.getHazardCode() + "/" + e.getHazardEdition())
                                .getMessageKey(),
                        e.getLikelihood(),
                        e.getImpact()))
                .sorted(Comparator.comparingInt((JurisdictionDetail.HazardRating h) -> -h.likelihood() * h.impact()))
                .toList();
        return new JurisdictionDetail(
                JurisdictionView.of(j), stays, hazards, j.getJoinedOn() == null && me.coordinates(id), entries.of(id));
    }

    /** The caller's programmes with the jurisdictions they cover (and everything under them). */
    @Transactional(readOnly = true)
    public List<ProgrammeOverview> programmesInScope() {
        UserScope me = currentUser.scope();
        return programmes.findAll(me.programmeIds()).stream()
                .map(p -> new ProgrammeOverview(
                        p.getId(),
                        p.getCode(),
                        p.getTitle(),
                        p.getDonor(),
                        p.getAmount(),
                        p.getCurrency(),
                        p.getPeriodStart(),
                        p.getPeriodEnd(),
                        directory.findAll(directory.subtreeIds(p.getJurisdictionIds())).stream()
                                .map(JurisdictionView::of)
                                .toList()))
                .toList();
    }

    private static void requireVisible(UserScope me, Long jurisdictionId) {
        if (!me.sees(jurisdictionId)) {
            throw new NotFoundException("Jurisdiction", jurisdictionId);
        }
    }
}
