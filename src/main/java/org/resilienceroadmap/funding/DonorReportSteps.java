package org.resilienceroadmap.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.notification.Notice;
import org.resilienceroadmap.notification.Notifier;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.workflow.PinnedComments;
import org.resilienceroadmap.workflow.ProcessRuns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@code processes/donor-report.bpmn} does at each step: when the next report falls due,
 * compiling it from live data, freezing the signed-off submission, and the donor's answer.
 */
@Service
@Transactional
public class DonorReportSteps {

    public static final String SUBJECT_TYPE = "DONOR_REPORT";

    private final DonorReportRepository reports;
    private final ReportSubmissionRepository submissions;
    private final ProgrammeAccess access;
    private final ReportCompiler compiler;
    private final ReportJson json;
    private final FundingSettings settings;
    private final PeopleDirectory people;
    private final JurisdictionDirectory jurisdictions;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;
    private final ProcessRuns runs;
    private final PinnedComments pins;

    DonorReportSteps(
            DonorReportRepository reports,
            ReportSubmissionRepository submissions,
            ProgrammeAccess access,
            ReportCompiler compiler,
            ReportJson json,
            FundingSettings settings,
            PeopleDirectory people,
            JurisdictionDirectory jurisdictions,
            Notifier notifier,
            AuditLog audit,
            Clock clock,
            ProcessRuns runs,
            PinnedComments pins) {
        this.pins = pins;
        this.reports = reports;
        this.submissions = submissions;
        this.access = access;
        this.compiler = compiler;
        this.json = json;
        this.settings = settings;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
        this.runs = runs;
    }

    /**
     * The next report is due one cycle after the last one's period (or after reporting opened), but
     * never after the programme ends: then it is the final report, due at the end (at once, if the
     * programme has ended already).
     */
    @Transactional(readOnly = true)
    public Date nextDue(Long programmeId, LocalDate openedOn) {
        Programme p = access.whole(programmeId).programme();
        LocalDate from = reports.findFirstByProgrammeIdOrderByNumberDesc(programmeId)
                .map(DonorReport::getPeriodEnd)
                .orElse(
                        p.getPeriodStart() != null && p.getPeriodStart().isAfter(openedOn)
                                ? p.getPeriodStart()
                                : openedOn);
        LocalDate due = from.plus(settings.reportCycle());
        if (p.getPeriodEnd() != null && due.isAfter(p.getPeriodEnd())) {
            due = p.getPeriodEnd();
        }
        return Date.from(due.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Reports go on until one has covered the programme's last day. */
    @Transactional(readOnly = true)
    public boolean reportsRemain(Long programmeId) {
        Programme p = access.whole(programmeId).programme();
        return p.getPeriodEnd() == null
                || reports.findFirstByProgrammeIdOrderByNumberDesc(programmeId)
                        .map(r -> r.getPeriodEnd().isBefore(p.getPeriodEnd()))
                        .orElse(true);
    }

    /** The jurisdiction the programme's tasks are filed under: the first it covers (for inbox scope). */
    @Transactional(readOnly = true)
    public Long homeJurisdiction(Long programmeId) {
        return access.whole(programmeId).programme().getJurisdictionIds().stream()
                .sorted()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Programme", programmeId));
    }

    /** Compiles the next report from live data, from the day after the last one's period up to today. */
    public Long compile(Long programmeId, String processInstanceId) {
        ProgrammeScope scope = access.whole(programmeId);
        Programme p = scope.programme();
        LocalDate today = engineToday();
        var last = reports.findFirstByProgrammeIdOrderByNumberDesc(programmeId);
        LocalDate start = last.map(r -> r.getPeriodEnd().plusDays(1))
                .orElse(p.getPeriodStart() == null ? today : p.getPeriodStart());
        LocalDate end = p.getPeriodEnd() != null && p.getPeriodEnd().isBefore(today) ? p.getPeriodEnd() : today;
        if (start.isAfter(end)) {
            start = end;
        }
        ReportContent content = compiler.compile(scope, start, end);
        DonorReport report = reports.save(new DonorReport(
                programmeId,
                last.map(r -> r.getNumber() + 1).orElse(1),
                start,
                end,
                "",
                json.write(content),
                Instant.now(clock),
                processInstanceId));
        audit.record(new AuditEntry(
                        "engine",
                        SUBJECT_TYPE,
                        String.valueOf(report.getId()),
                        "donor-report:compile",
                        null,
                        report.getState().name(),
                        null,
                        "#" + report.getNumber())
                .in(homeJurisdiction(programmeId)));
        return report.getId();
    }

    /** A coordinator returned the report: its figures are compiled again, the narrative as they left it. */
    public void recompile(Long reportId) {
        DonorReport report = get(reportId);
        ReportContent content =
                compiler.compile(access.whole(report.getProgrammeId()), report.getPeriodStart(), report.getPeriodEnd());
        report.recompiled(json.write(content), Instant.now(clock));
        report.move(ReportState.AWAITING_SIGN_OFF);
    }

    /** Signed off: the figures and narrative are frozen as a new submission and the donors hear of it. */
    public void submit(Long reportId, String signedOffBy) {
        pins.requireNoneOpen(SUBJECT_TYPE, String.valueOf(reportId));
        DonorReport report = get(reportId);
        int revision = (int) submissions.countByReportId(reportId) + 1;
        submissions.save(new ReportSubmission(
                reportId, revision, report.getNarrative(), report.getContent(), signedOffBy, Instant.now(clock)));
        report.move(ReportState.SUBMITTED);
        audit.record(new AuditEntry(
                        signedOffBy,
                        SUBJECT_TYPE,
                        String.valueOf(reportId),
                        "donor-report:submit",
                        ReportState.AWAITING_SIGN_OFF.name(),
                        ReportState.SUBMITTED.name(),
                        null,
                        "#" + report.getNumber() + " r" + revision)
                .in(homeJurisdiction(report.getProgrammeId())));
        notifier.notify(people.donorsOf(report.getProgrammeId()), notice(report, "funding.notice.submitted"));
    }

    /** The question itself is the donor's task comment, audited with the decision by the inbox. */
    public void recordQuery(Long reportId) {
        DonorReport report = get(reportId);
        report.move(ReportState.QUERIED);
        notifier.notify(coordinators(report), notice(report, "funding.notice.queried"));
    }

    public void recordAcknowledgement(Long reportId) {
        get(reportId).move(ReportState.ACKNOWLEDGED);
    }

    /** Tells the coordinators a compiled report waits for their sign-off. */
    public void announceSignOff(Long reportId) {
        DonorReport report = get(reportId);
        notifier.notify(coordinators(report), notice(report, "funding.notice.signOff"));
    }

    /**
     * Report periods follow the engine's timers, so they read the engine's clock (the system clock,
     * unless a test moves it to let a report fall due).
     */
    private LocalDate engineToday() {
        return runs.today(ZoneOffset.UTC);
    }

    private List<String> coordinators(DonorReport report) {
        Programme p = access.whole(report.getProgrammeId()).programme();
        var chain = p.getJurisdictionIds().stream()
                .flatMap(id -> jurisdictions.ancestryIds(id).stream())
                .toList();
        return people.usernames(chain, java.util.Set.of(Role.COORDINATOR));
    }

    private Notice notice(DonorReport report, String key) {
        Programme p = access.whole(report.getProgrammeId()).programme();
        return new Notice(
                key, List.of(String.valueOf(report.getNumber()), p.getTitle()), "donor-reports/" + report.getId());
    }

    private DonorReport get(Long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotFoundException("Report", reportId));
    }
}
