package org.resilienceroadmap.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.funding.process.DonorReportProcess;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.workflow.ProcessRuns;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programme reports for the people who write and read them: reporting opened with the programme,
 * a report asked for ahead of its date, the narrative edited while it waits for sign-off, and the
 * figures of any submission exactly as the donor received them.
 */
@Service
@Transactional
public class DonorReports {

    private static final int MAX_NARRATIVE = 20_000;

    private final DonorReportRepository reports;
    private final ReportSubmissionRepository submissions;
    private final ProgrammeAccess access;
    private final ReportJson json;
    private final ReportCompiler compiler;
    private final ProcessRuns runs;
    private final DonorReportSteps steps;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final PeopleDirectory people;
    private final Clock clock;

    DonorReports(
            DonorReportRepository reports,
            ReportSubmissionRepository submissions,
            ProgrammeAccess access,
            ReportJson json,
            ReportCompiler compiler,
            ProcessRuns runs,
            DonorReportSteps steps,
            CurrentUser currentUser,
            AuditLog audit,
            PeopleDirectory people,
            Clock clock) {
        this.reports = reports;
        this.submissions = submissions;
        this.access = access;
        this.json = json;
        this.compiler = compiler;
        this.runs = runs;
        this.steps = steps;
        this.currentUser = currentUser;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    /** Starts the programme's reporting process (once; a second call is refused). */
    public void openReporting(Long programmeId) {
        UserScope me = currentUser.scope();
        access.manageable(me, programmeId);
        if (reportingRuns(programmeId)) {
            throw new ConflictException(Refusal.of("refusal.report.running"));
        }
        runs.start(
                DonorReportProcess.KEY,
                String.valueOf(programmeId),
                Map.of(
                        DonorReportProcess.PROGRAMME_ID,
                        programmeId,
                        DonorReportProcess.OPENED_ON,
                        LocalDate.now(clock).toString(),
                        ProcessVariables.SUBJECT_TYPE,
                        DonorReportSteps.SUBJECT_TYPE,
                        ProcessVariables.SUBJECT_ID,
                        "",
                        ProcessVariables.JURISDICTION_ID,
                        steps.homeJurisdiction(programmeId)));
    }

    @Transactional(readOnly = true)
    public boolean reportingRuns(Long programmeId) {
        return runs.isRunning(DonorReportProcess.KEY, String.valueOf(programmeId));
    }

    /** A coordinator asks for a report now rather than at its date. */
    public void requestNow(Long programmeId) {
        UserScope me = currentUser.scope();
        access.manageable(me, programmeId);
        String waiting = runs.waitsForMessage(
                        DonorReportProcess.KEY, String.valueOf(programmeId), DonorReportProcess.MESSAGE_REQUESTED)
                .orElseThrow(() -> new ConflictException(Refusal.of("refusal.report.notOpen")));
        runs.correlateTo(DonorReportProcess.MESSAGE_REQUESTED, waiting);
    }

    @Transactional(readOnly = true)
    public List<DonorReport> ofProgramme(Long programmeId) {
        UserScope me = currentUser.scope();
        ProgrammeScope scope = access.readable(me, programmeId);
        if (!scope.whole()) {
            return List.of();
        }
        boolean manager = access.mayManage(me, scope.programme());
        return reports.findByProgrammeIdOrderByNumberDesc(programmeId).stream()
                .filter(r -> manager || submissions.countByReportId(r.getId()) > 0)
                .toList();
    }

    /**
     * A report as the reader may see it. Donors see only what was submitted to them: the last
     * submission's narrative and figures; a report not yet submitted does not exist for them.
     */
    @Transactional(readOnly = true)
    public ReportView view(Long reportId) {
        UserScope me = currentUser.scope();
        DonorReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("Report", reportId));
        ProgrammeScope scope = readable(me, report);
        boolean manager = access.mayManage(me, scope.programme());
        var sent = submissions.findByReportIdOrderByRevisionDesc(reportId);
        Map<String, String> names = new java.util.HashMap<>();
        people.findByUsernames(sent.stream()
                        .map(ReportSubmission::getSubmittedBy)
                        .distinct()
                        .toList())
                .forEach(p -> names.put(p.getUsername(), p.getDisplayName()));
        List<ReportView.SubmissionLine> lines = sent.stream()
                .map(s -> new ReportView.SubmissionLine(
                        s.getId(),
                        s.getRevision(),
                        s.getSubmittedBy(),
                        s.getSubmittedAt(),
                        names.getOrDefault(s.getSubmittedBy(), s.getSubmittedBy())))
                .toList();
        if (!manager) {
            if (sent.isEmpty()) {
                throw new NotFoundException("Report", reportId);
            }
            ReportSubmission last = sent.get(0);
            return new ReportView(
                    report.getId(),
                    report.getProgrammeId(),
                    scope.programme().getTitle(),
                    report.getNumber(),
                    report.getPeriodStart(),
                    report.getPeriodEnd(),
                    report.getState(),
                    last.getNarrative(),
                    report.getVersion(),
                    json.read(last.getContent()),
                    last.getSubmittedAt(),
                    lines,
                    false);
        }
        return new ReportView(
                report.getId(),
                report.getProgrammeId(),
                scope.programme().getTitle(),
                report.getNumber(),
                report.getPeriodStart(),
                report.getPeriodEnd(),
                report.getState(),
                report.getNarrative(),
                report.getVersion(),
                json.read(report.getContent()),
                report.getCompiledAt(),
                lines,
                editable(report));
    }

    /** The figures and narrative of one submission exactly as sent. */
    @Transactional(readOnly = true)
    public Submitted submission(Long submissionId) {
        ReportSubmission s =
                submissions.findById(submissionId).orElseThrow(() -> new NotFoundException("Submission", submissionId));
        DonorReport report = reports.findById(s.getReportId()).orElseThrow();
        readable(currentUser.scope(), report);
        return new Submitted(
                report.getNumber(),
                s.getRevision(),
                s.getNarrative(),
                json.read(s.getContent()),
                s.getSubmittedBy(),
                s.getSubmittedAt());
    }

    /** What the donor received. */
    public record Submitted(
            int number,
            int revision,
            String narrative,
            ReportContent content,
            String submittedBy,
            java.time.Instant submittedAt) {}

    /** The latest submission of a programme's reports, if any was made. */
    @Transactional(readOnly = true)
    public java.util.Optional<Submitted> latestSubmitted(Long programmeId) {
        if (!access.readable(currentUser.scope(), programmeId).whole()) {
            return java.util.Optional.empty();
        }
        for (DonorReport r : reports.findByProgrammeIdOrderByNumberDesc(programmeId)) {
            var last = submissions.findFirstByReportIdOrderByRevisionDesc(r.getId());
            if (last.isPresent()) {
                return java.util.Optional.of(submission(last.get().getId()));
            }
        }
        return java.util.Optional.empty();
    }

    /** Changes the narrative while the report waits for sign-off; {@code version} is the one the editor loaded. */
    public DonorReport editNarrative(Long reportId, String narrative, long version) {
        UserScope me = currentUser.scope();
        DonorReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("Report", reportId));
        readable(me, report); // a reader of part of the programme does not see its reports: 404, not 403
        access.manageable(me, report.getProgrammeId());
        if (!editable(report)) {
            throw new ConflictException(Refusal.of("refusal.report.withDonor", String.valueOf(report.getNumber())));
        }
        if (report.getVersion() != version) {
            throw new ConflictException(Refusal.of("refusal.report.stale"));
        }
        String text = narrative == null ? "" : narrative.strip();
        if (text.length() > MAX_NARRATIVE) {
            throw new InvalidRequestException(
                    "narrative", Refusal.counted("refusal.report.narrativeTooLong", MAX_NARRATIVE));
        }
        report.editNarrative(text);
        audit.record(new AuditEntry(
                me.username(),
                DonorReportSteps.SUBJECT_TYPE,
                String.valueOf(reportId),
                "donor-report:edit-narrative",
                null,
                null,
                null,
                "#" + report.getNumber()));
        reports.flush();
        return report;
    }

    /** Live figures over the reader's scope, for a report drawn on demand (not a submission). */
    @Transactional(readOnly = true)
    public ReportContent live(Long programmeId) {
        return compiler.compileToDate(access.readable(currentUser.scope(), programmeId));
    }

    private static boolean editable(DonorReport report) {
        return report.getState() == ReportState.AWAITING_SIGN_OFF || report.getState() == ReportState.QUERIED;
    }

    /** Reports speak of the whole programme: only readers of all of it (donor, admin, its coordinators) see them. */
    private ProgrammeScope readable(UserScope me, DonorReport report) {
        try {
            ProgrammeScope scope = access.readable(me, report.getProgrammeId());
            if (scope.whole()) {
                return scope;
            }
        } catch (NotFoundException e) {
            // the same answer as for a report outside the reader's scope
        }
        throw new NotFoundException("Report", report.getId());
    }
}
