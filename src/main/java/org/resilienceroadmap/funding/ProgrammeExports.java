package org.resilienceroadmap.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.resilienceroadmap.action.ActionRegisterExport;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.funding.report.IatiActivityWriter;
import org.resilienceroadmap.funding.report.LogframeWorkbook;
import org.resilienceroadmap.funding.report.ProgrammeWorkbook;
import org.resilienceroadmap.funding.report.ReportPdf;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.error.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme as files: the report as PDF, indicators and actions as XLSX, the EU logical framework as
 * XLSX, the IATI 2.03 activity record.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeExports {

    private final ProgrammeAccess access;
    private final DonorReports reports;
    private final FigureCollector collector;
    private final IndicatorBoard board;
    private final JurisdictionDirectory jurisdictions;
    private final ActionRegisterExport register;
    private final ReportPdf pdf;
    private final ProgrammeWorkbook workbook;
    private final IatiActivityWriter iati;
    private final LogframeWorkbook logframe;
    private final ResultsFramework framework;
    private final ProgrammeComponentRepository components;
    private final MessageSource messages;
    private final MoneyAndProgress money;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgrammeExports(
            ProgrammeAccess access,
            DonorReports reports,
            FigureCollector collector,
            IndicatorBoard board,
            JurisdictionDirectory jurisdictions,
            ActionRegisterExport register,
            ReportPdf pdf,
            ProgrammeWorkbook workbook,
            IatiActivityWriter iati,
            LogframeWorkbook logframe,
            ResultsFramework framework,
            ProgrammeComponentRepository components,
            MessageSource messages,
            MoneyAndProgress money,
            CurrentUser currentUser,
            Clock clock) {
        this.access = access;
        this.reports = reports;
        this.collector = collector;
        this.board = board;
        this.jurisdictions = jurisdictions;
        this.register = register;
        this.pdf = pdf;
        this.workbook = workbook;
        this.iati = iati;
        this.logframe = logframe;
        this.framework = framework;
        this.components = components;
        this.messages = messages;
        this.money = money;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The report compiled now over the reader's scope, marked as live figures rather than a submission. */
    public byte[] livePdf(Long programmeId, Locale locale) {
        ReportContent content = reports.live(programmeId);
        String note = messages.getMessage(
                "funding.report.liveNote", new Object[] {LocalDate.now(clock).toString()}, locale);
        ProgrammeScope scope = access.readable(currentUser.scope(), programmeId);
        return pdf.render(content, note, locale, money.assemble(scope, false));
    }

    /** A submission exactly as the donor received it. */
    public byte[] submittedPdf(Long submissionId, Locale locale) {
        DonorReports.Submitted s = reports.submission(submissionId);
        return pdf.render(s.content(), s.narrative(), locale);
    }

    /** Indicators and the action register of the jurisdictions the reader sees in the programme. */
    public byte[] workbook(Long programmeId) {
        ProgrammeScope scope = access.readable(currentUser.scope(), programmeId);
        LocalDate until = scope.whole() ? endOrToday(scope.programme()) : LocalDate.now(clock);
        return workbook.write(
                board.lines(programmeId, collector.collect(scope), LocalDate.now(clock), until),
                ActionRegisterExport.COLUMNS,
                register.rowsIn(scope.jurisdictionIds()),
                money.assemble(scope, false));
    }

    /**
     * The results framework as the EU logical-framework matrix, headed in the reader's language; current
     * values are those of the jurisdictions the reader sees, as in {@link #workbook(Long)}.
     */
    public byte[] logframe(Long programmeId, Locale locale) {
        ProgrammeScope scope = access.readable(currentUser.scope(), programmeId);
        LocalDate until = scope.whole() ? endOrToday(scope.programme()) : LocalDate.now(clock);
        return logframe.write(
                new Logframe(
                        framework.impactOf(programmeId),
                        board.results(programmeId),
                        board.lines(programmeId, collector.collect(scope), LocalDate.now(clock), until)),
                locale);
    }

    /**
     * The programme's public IATI record. Its results are counted over the whole programme, as the
     * donor publishes them, whoever downloads it.
     */
    public byte[] iati(Long programmeId) {
        access.readable(currentUser.scope(), programmeId);
        ProgrammeScope whole = access.whole(programmeId);
        Programme p = whole.programme();
        if (p.getReportingOrgRef() == null || p.getReportingOrgType() == null) {
            throw new ConflictException("The programme has no IATI reporting organisation (identifier and type) yet");
        }
        ScopeFigures figures = collector.collect(whole);
        ProgrammeFacts facts = new ProgrammeFacts(
                p.getId(),
                p.getCode(),
                p.getTitle(),
                p.getDonor(),
                p.getImplementer(),
                p.getAmount(),
                p.getCurrency(),
                p.getPeriodStart(),
                p.getPeriodEnd(),
                components.findByProgrammeIdOrderByPosition(programmeId).stream()
                        .map(ProgrammeComponent::getTitle)
                        .toList());
        ProgrammeRecord record = new ProgrammeRecord(
                facts,
                p.getDescription(),
                p.getReportingOrgRef(),
                p.getReportingOrgType(),
                countries(whole, figures),
                board.results(programmeId),
                board.lines(programmeId, figures, LocalDate.now(clock), endOrToday(p)),
                figures.spending().lines(),
                figures.spending().disbursements(),
                Instant.now(clock),
                board.years(programmeId, figures, p.getPeriodStart(), p.getPeriodEnd(), LocalDate.now(clock)));
        return iati.write(record, Instant.now(clock));
    }

    private LocalDate endOrToday(Programme p) {
        LocalDate today = LocalDate.now(clock);
        return p.getPeriodEnd() != null && p.getPeriodEnd().isBefore(today) ? p.getPeriodEnd() : today;
    }

    /** Countries the programme works in: those it covers, those under a region it covers, those above a city. */
    private java.util.List<String> countries(ProgrammeScope whole, ScopeFigures figures) {
        Set<String> codes = new TreeSet<>();
        figures.jurisdictions().stream()
                .filter(j -> j.getLevel() == JurisdictionLevel.COUNTRY)
                .forEach(j -> codes.add(j.getCode()));
        for (Long root : whole.programme().getJurisdictionIds()) {
            for (Jurisdiction j : jurisdictions.findAll(jurisdictions.ancestryIds(root))) {
                if (j.getLevel() == JurisdictionLevel.COUNTRY) {
                    codes.add(j.getCode());
                }
            }
        }
        return codes.stream().filter(c -> c.matches("[A-Z]{2}")).toList();
    }
}
