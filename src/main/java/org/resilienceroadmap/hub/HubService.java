package org.resilienceroadmap.hub;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.hub.process.ResilienceHubProcess;
import org.resilienceroadmap.notification.Notifier;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.workflow.OpenTask;
import org.resilienceroadmap.workflow.ProcessRuns;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people's side of Resilience Hubs: a stage-C city's chair applies, revises a returned application and
 * applies for renewal; everyone reads the hubs in their scope — those of their jurisdictions and those that
 * support one of them. The decisions are tasks of {@code resilience-hub.bpmn}.
 * <p>Over 300 lines: applying, revising and renewing share the chair, stage-C and version checks with the reads,
 * which decide what an applicant and a coordinator may see; the process steps are in {@code HubSteps}.
 */
@Service
public class HubService {

    private static final int MAX_STATEMENT = 4000;
    private static final BigDecimal MAX_INVESTMENT = new BigDecimal("999999999999");

    private final HubDesignationRepository hubs;
    private final HubSteps steps;
    private final JurisdictionDirectory jurisdictions;
    private final ProcessRuns runs;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;

    HubService(
            HubDesignationRepository hubs,
            HubSteps steps,
            JurisdictionDirectory jurisdictions,
            ProcessRuns runs,
            CurrentUser currentUser,
            Notifier notifier,
            AuditLog audit,
            Clock clock) {
        this.hubs = hubs;
        this.steps = steps;
        this.jurisdictions = jurisdictions;
        this.runs = runs;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** The chair of a stage-C city applies; starts the process and tells the national coordinators. */
    @Transactional
    public HubDetail apply(Long jurisdictionId, HubCommitments commitments) {
        UserScope me = currentUser.scope();
        Jurisdiction city = requireChair(me, jurisdictionId);
        requireStageC(city);
        if (hubs.findByJurisdictionIdOrderByIdDesc(jurisdictionId).stream().anyMatch(this::open)) {
            throw new ConflictException(Refusal.of("refusal.hub.applicationOpen", city.getName()));
        }
        check(jurisdictionId, commitments);
        HubDesignation hub =
                hubs.save(new HubDesignation(jurisdictionId, commitments, me.username(), Instant.now(clock)));
        String instanceId = runs.start(
                ResilienceHubProcess.KEY,
                String.valueOf(hub.getId()),
                Map.of(
                        ProcessVariables.SUBJECT_TYPE,
                        HubSteps.SUBJECT_TYPE,
                        ProcessVariables.SUBJECT_ID,
                        String.valueOf(hub.getId()),
                        ProcessVariables.JURISDICTION_ID,
                        jurisdictionId,
                        ProcessVariables.DECIDED_BY,
                        me.username()));
        hub.startedBy(instanceId);
        audit.record(new AuditEntry(
                        me.username(),
                        HubSteps.SUBJECT_TYPE,
                        String.valueOf(hub.getId()),
                        "hub:apply",
                        null,
                        HubStatus.APPLIED.name(),
                        null)
                .in(jurisdictionId));
        notifier.notify(steps.coordinators(hub), steps.notice(hub, "hub.notice.applied"));
        return detail(hub, me);
    }

    /** The chair sends a returned application again, changed; the coordinator decides anew. */
    @Transactional
    public HubDetail revise(Long hubId, HubCommitments commitments, long version) {
        UserScope me = currentUser.scope();
        HubDesignation hub = visible(me, hubId);
        requireChair(me, hub.getJurisdictionId());
        requireVersion(hub, version);
        if (hub.getStatus() != HubStatus.CHANGES_REQUESTED) {
            throw new ConflictException(Refusal.of("refusal.hub.notReturned"));
        }
        check(hub.getJurisdictionId(), commitments);
        hub.commit(commitments);
        hub.move(HubStatus.APPLIED);
        OpenTask revise = runs.openTask(hub.getProcessInstanceId(), ResilienceHubProcess.TASK_REVISE)
                .orElseThrow(() -> new ConflictException(Refusal.of("refusal.hub.notReturned")));
        runs.complete(revise.id(), Map.of(ProcessVariables.DECIDED_BY, me.username()));
        audit.record(new AuditEntry(
                        me.username(),
                        HubSteps.SUBJECT_TYPE,
                        String.valueOf(hubId),
                        "hub:revise",
                        HubStatus.CHANGES_REQUESTED.name(),
                        HubStatus.APPLIED.name(),
                        null)
                .in(hub.getJurisdictionId()));
        notifier.notify(steps.coordinators(hub), steps.notice(hub, "hub.notice.applied"));
        return detail(hub, me);
    }

    /** The chair applies for renewal during a term; the hub stays a hub while it is decided. */
    @Transactional
    public HubDetail applyForRenewal(Long hubId, HubCommitments commitments, long version) {
        UserScope me = currentUser.scope();
        HubDesignation hub = visible(me, hubId);
        Jurisdiction city = requireChair(me, hub.getJurisdictionId());
        requireVersion(hub, version);
        if (hub.getStatus() != HubStatus.DESIGNATED || hub.isRenewing()) {
            throw new ConflictException(Refusal.of("refusal.hub.notRenewable"));
        }
        requireStageC(city);
        check(hub.getJurisdictionId(), commitments);
        hub.applyForRenewal(commitments, me.username(), Instant.now(clock));
        runs.correlate(
                ResilienceHubProcess.MESSAGE_RENEWAL,
                String.valueOf(hubId),
                Map.of(ProcessVariables.DECIDED_BY, me.username()));
        audit.record(new AuditEntry(
                        me.username(),
                        HubSteps.SUBJECT_TYPE,
                        String.valueOf(hubId),
                        "hub:renew",
                        HubStatus.DESIGNATED.name(),
                        HubStatus.APPLIED.name(),
                        null)
                .in(hub.getJurisdictionId()));
        notifier.notify(steps.coordinators(hub), steps.notice(hub, "hub.notice.renewalApplied"));
        return detail(hub, me);
    }

    /** Whether the caller may apply for this jurisdiction now (the chair of a stage-C city without an open application). */
    @Transactional(readOnly = true)
    public boolean mayApply(Long jurisdictionId) {
        UserScope me = currentUser.scope();
        if (!me.sees(jurisdictionId) || !isChair(me, jurisdictionId)) {
            return false;
        }
        Jurisdiction city = jurisdictions.get(jurisdictionId);
        return city.getLevel() == JurisdictionLevel.CITY
                && city.getStage() == RoadmapStage.C
                && hubs.findByJurisdictionIdOrderByIdDesc(jurisdictionId).stream()
                        .noneMatch(this::open);
    }

    /** The cities a hub may support: every other MCR2030 member city (membership is public, not scoped). */
    @Transactional(readOnly = true)
    public List<HubLine.SupportedCity> supportableCities(Long hubCityId) {
        return jurisdictions.findAll().stream()
                .filter(j -> j.getLevel() == JurisdictionLevel.CITY
                        && j.getJoinedOn() != null
                        && !j.getId().equals(hubCityId))
                .map(j -> new HubLine.SupportedCity(j.getId(), j.getCode(), j.names(), j.getStage()))
                .sorted(Comparator.comparing(c -> c.names().name()))
                .toList();
    }

    /** The names of a city in the caller's scope, for the application form's title; 404 outside it. */
    @Transactional(readOnly = true)
    public org.resilienceroadmap.directory.PlaceNames cityNames(Long jurisdictionId) {
        if (!currentUser.scope().sees(jurisdictionId)) {
            throw new NotFoundException("Jurisdiction", jurisdictionId);
        }
        return jurisdictions.get(jurisdictionId).names();
    }

    /** The hubs and open applications the caller may read, hubs first, then by city name. */
    @Transactional(readOnly = true)
    public List<HubLine> hubs() {
        UserScope me = currentUser.scope();
        return hubs.findAllByOrderByIdDesc().stream()
                .filter(h -> h.isHub() || open(h))
                .filter(h -> readable(me, h))
                .map(this::line)
                .sorted(Comparator.comparing(HubLine::hub)
                        .reversed()
                        .thenComparing(l -> l.names().name()))
                .toList();
    }

    /** One hub with its commitments; 404 outside the caller's scope. */
    @Transactional(readOnly = true)
    public HubDetail detail(Long hubId) {
        UserScope me = currentUser.scope();
        return detail(visible(me, hubId), me);
    }

    private HubDetail detail(HubDesignation hub, UserScope me) {
        boolean chair = isChair(me, hub.getJurisdictionId());
        return new HubDetail(
                line(hub),
                hub.commitments(),
                hub.getAppliedBy(),
                hub.getAppliedAt(),
                hub.getVersion(),
                chair && hub.getStatus() == HubStatus.CHANGES_REQUESTED,
                chair && hub.getStatus() == HubStatus.DESIGNATED && !hub.isRenewing());
    }

    private HubLine line(HubDesignation hub) {
        Jurisdiction city = jurisdictions.get(hub.getJurisdictionId());
        List<HubLine.SupportedCity> supported = jurisdictions.findAll(hub.getSupportedCityIds()).stream()
                .map(j -> new HubLine.SupportedCity(j.getId(), j.getCode(), j.names(), j.getStage()))
                .toList();
        return new HubLine(
                hub.getId(),
                city.getId(),
                city.getCode(),
                city.names(),
                hub.getStatus(),
                hub.isHub(),
                hub.isRenewing(),
                hub.getTermStart(),
                hub.getTermEnd(),
                supported);
    }

    /** An application under way: neither declined, nor lapsed, nor a running term. */
    private boolean open(HubDesignation hub) {
        return hub.getStatus() != HubStatus.DECLINED && hub.getStatus() != HubStatus.LAPSED;
    }

    /** A hub is read by those who see its city and, once designated, by those who see a city it supports. */
    private static boolean readable(UserScope me, HubDesignation hub) {
        return me.isAdmin()
                || me.sees(hub.getJurisdictionId())
                || (hub.isHub() && hub.getSupportedCityIds().stream().anyMatch(me::sees));
    }

    private HubDesignation visible(UserScope me, Long hubId) {
        HubDesignation hub = hubs.findById(hubId).orElseThrow(() -> new NotFoundException("Hub", hubId));
        if (!readable(me, hub)) {
            throw new NotFoundException("Hub", hubId);
        }
        return hub;
    }

    private Jurisdiction requireChair(UserScope me, Long jurisdictionId) {
        if (!me.sees(jurisdictionId)) {
            throw new NotFoundException("Jurisdiction", jurisdictionId);
        }
        if (!isChair(me, jurisdictionId)) {
            throw new ForbiddenException(Refusal.of("refusal.hub.onlyChair"));
        }
        return jurisdictions.get(jurisdictionId);
    }

    private boolean isChair(UserScope me, Long jurisdictionId) {
        return me.groups().contains(Role.CHAIR.name().toLowerCase() + ":" + jurisdictions.codeOf(jurisdictionId));
    }

    private static void requireStageC(Jurisdiction city) {
        if (city.getLevel() != JurisdictionLevel.CITY || city.getStage() != RoadmapStage.C) {
            throw new ConflictException(Refusal.of("refusal.hub.onlyStageC", city.getName()));
        }
    }

    private static void requireVersion(HubDesignation hub, long version) {
        if (hub.getVersion() != version) {
            throw new ConflictException(Refusal.of("refusal.hub.changedMeanwhile"));
        }
    }

    /** The commitments the guideline asks for: member cities to support, support to give, the qualifications. */
    private void check(Long hubCityId, HubCommitments c) {
        if (c.supportedCityIds().isEmpty()) {
            throw new InvalidRequestException("supportedCityIds", Refusal.of("refusal.hub.noSupportedCity"));
        }
        for (Long id : c.supportedCityIds()) {
            Jurisdiction j = id == null
                    ? null
                    : jurisdictions.findAll(Set.of(id)).stream().findFirst().orElse(null);
            if (j == null
                    || id.equals(hubCityId)
                    || j.getLevel() != JurisdictionLevel.CITY
                    || j.getJoinedOn() == null) {
                throw new InvalidRequestException(
                        "supportedCityIds",
                        Refusal.of("refusal.hub.notAMemberCity", j == null ? String.valueOf(id) : j.getName()));
            }
        }
        if (c.topics().isEmpty()) {
            throw new InvalidRequestException("topics", Refusal.of("refusal.hub.noTopic"));
        }
        if (!(c.goodPractice() && c.financedInitiative() && c.knowledgeTools() && c.cityExchange())) {
            throw new InvalidRequestException("qualifications", Refusal.of("refusal.hub.qualifications"));
        }
        if (c.statement() == null || c.statement().isBlank() || c.statement().length() > MAX_STATEMENT) {
            throw new InvalidRequestException("statement", Refusal.of("refusal.hub.statement", MAX_STATEMENT));
        }
        if (c.investmentUsd() == null
                || c.investmentUsd().compareTo(HubCommitments.MINIMUM_INVESTMENT_USD) < 0
                || c.investmentUsd().compareTo(MAX_INVESTMENT) > 0
                || c.investmentUsd().scale() > 2) {
            throw new InvalidRequestException(
                    "investmentUsd",
                    Refusal.of("refusal.hub.investment", HubCommitments.MINIMUM_INVESTMENT_USD.toPlainString()));
        }
    }
}
