package org.resilienceroadmap.hub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.notification.Notice;
import org.resilienceroadmap.notification.Notifier;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.workflow.ProcessRuns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@code processes/resilience-hub.bpmn} does at each step: the coordinator's recommendation or
 * request for changes, a decline, the designation with its term, the reminder before the term ends, and
 * the lapse. Terms follow the engine's timers, so they read the engine's clock (which a test may move).
 */
@Service
@Transactional
public class HubSteps {

    public static final String SUBJECT_TYPE = "HUB";

    private final HubDesignationRepository hubs;
    private final HubSettings settings;
    private final JurisdictionDirectory jurisdictions;
    private final PeopleDirectory people;
    private final Notifier notifier;
    private final AuditLog audit;
    private final ProcessRuns runs;

    HubSteps(
            HubDesignationRepository hubs,
            HubSettings settings,
            JurisdictionDirectory jurisdictions,
            PeopleDirectory people,
            Notifier notifier,
            AuditLog audit,
            ProcessRuns runs) {
        this.hubs = hubs;
        this.settings = settings;
        this.jurisdictions = jurisdictions;
        this.people = people;
        this.notifier = notifier;
        this.audit = audit;
        this.runs = runs;
    }

    /** Recommended by the national coordinator: the administrators designate it next. */
    public void recommend(Long hubId, String by) {
        HubDesignation hub = get(hubId);
        move(hub, HubStatus.RECOMMENDED, by, "hub:recommend", null);
        notifier.notify(admins(), notice(hub, "hub.notice.recommended"));
    }

    /** Sent back: the chair revises the application and sends it again. */
    public void requestChanges(Long hubId, String by, String comment) {
        HubDesignation hub = get(hubId);
        move(hub, HubStatus.CHANGES_REQUESTED, by, "hub:request-changes", comment);
        notifier.notify(chairs(hub), notice(hub, "hub.notice.changesRequested"));
    }

    /** Declined by the coordinator or an administrator; a declined renewal leaves the running term. */
    public void decline(Long hubId, String by, String comment) {
        HubDesignation hub = get(hubId);
        boolean renewal = hub.isRenewing();
        String from = hub.getStatus().name();
        hub.decline();
        record(hub, by, "hub:decline", from, comment);
        List<String> told = new ArrayList<>(chairs(hub));
        told.addAll(coordinators(hub));
        notifier.notify(told, notice(hub, renewal ? "hub.notice.renewalDeclined" : "hub.notice.declined"));
    }

    /** Whether the hub still runs a term (a declined renewal), so the process waits for its end. */
    @Transactional(readOnly = true)
    public boolean holdsTerm(Long hubId) {
        return get(hubId).isHub();
    }

    /** Designated for a term from today (a renewal: from the end of the running term). */
    public void designate(Long hubId, String by) {
        HubDesignation hub = get(hubId);
        String from = hub.getStatus().name();
        hub.designate(engineToday(), settings.term());
        jurisdictions.markResilienceHub(hub.getJurisdictionId(), true);
        record(hub, by, "hub:designate", from, hub.getTermStart() + "/" + hub.getTermEnd());
        List<String> told = new ArrayList<>(chairs(hub));
        told.addAll(coordinators(hub));
        notifier.notify(told, notice(hub, "hub.notice.designated"));
    }

    /** The term ends soon: the chair (and the coordinators) are reminded to apply for renewal. */
    public void remindOfExpiry(Long hubId) {
        HubDesignation hub = get(hubId);
        List<String> told = new ArrayList<>(chairs(hub));
        told.addAll(coordinators(hub));
        notifier.notify(told, notice(hub, "hub.notice.expiring"));
    }

    /** The term ended without renewal: the city is no longer a hub. */
    public void lapse(Long hubId) {
        HubDesignation hub = get(hubId);
        String from = hub.getStatus().name();
        hub.lapse();
        jurisdictions.markResilienceHub(hub.getJurisdictionId(), false);
        record(hub, "engine", "hub:lapse", from, null);
        List<String> told = new ArrayList<>(chairs(hub));
        told.addAll(coordinators(hub));
        notifier.notify(told, notice(hub, "hub.notice.lapsed"));
    }

    /** When the term ends: the start of its last day's successor, UTC. */
    @Transactional(readOnly = true)
    public Date termEndsAt(Long hubId) {
        return Date.from(get(hubId).getTermEnd().atStartOfDay(Days.ZONE).toInstant());
    }

    /** When to remind: the configured period before the term ends (at once, if that has passed). */
    @Transactional(readOnly = true)
    public Date reminderAt(Long hubId) {
        LocalDate day = get(hubId).getTermEnd().minus(settings.reminderBefore());
        return Date.from(day.atStartOfDay(Days.ZONE).toInstant());
    }

    List<String> chairs(HubDesignation hub) {
        return people.usernames(List.of(hub.getJurisdictionId()), Set.of(Role.CHAIR));
    }

    List<String> coordinators(HubDesignation hub) {
        return people.usernames(jurisdictions.ancestryIds(hub.getJurisdictionId()), Set.of(Role.COORDINATOR));
    }

    /** Administrators hold no jurisdiction: their memberships name none. */
    List<String> admins() {
        return people.usernames(Collections.singletonList(null), Set.of(Role.ADMIN));
    }

    Notice notice(HubDesignation hub, String key) {
        return new Notice(
                key,
                List.of(
                        jurisdictions.get(hub.getJurisdictionId()).getName(),
                        hub.getTermEnd() == null ? "" : hub.getTermEnd().toString()),
                "hubs/" + hub.getId());
    }

    private void move(HubDesignation hub, HubStatus to, String by, String action, String comment) {
        String from = hub.getStatus().name();
        hub.move(to);
        record(hub, by, action, from, comment);
    }

    private void record(HubDesignation hub, String by, String action, String from, String comment) {
        audit.record(new AuditEntry(
                        by,
                        SUBJECT_TYPE,
                        String.valueOf(hub.getId()),
                        action,
                        from,
                        hub.getStatus().name(),
                        comment)
                .in(hub.getJurisdictionId()));
    }

    private HubDesignation get(Long hubId) {
        return hubs.findById(hubId).orElseThrow(() -> new NotFoundException("Hub", hubId));
    }

    private LocalDate engineToday() {
        return runs.today(Days.ZONE);
    }
}
