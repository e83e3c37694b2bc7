package org.resilienceroadmap.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programmes, their results frameworks, budgets and disbursements, read and changed within the caller's scope. */
@Service
@Transactional
public class ProgrammeService {

    public static final String SUBJECT_TYPE = "PROGRAMME";

    private final ProgrammeDirectory programmes;
    private final JurisdictionDirectory jurisdictions;
    private final ProgrammeAccess access;
    private final ProgrammeComponentRepository components;
    private final IndicatorRepository indicators;
    private final FigureCollector collector;
    private final IndicatorBoard board;
    private final ResultsFramework framework;
    private final CurrentUser currentUser;
    private final ProgrammeAudit audit;
    private final Clock clock;

    ProgrammeService(
            ProgrammeDirectory programmes,
            JurisdictionDirectory jurisdictions,
            ProgrammeAccess access,
            ProgrammeComponentRepository components,
            IndicatorRepository indicators,
            FigureCollector collector,
            IndicatorBoard board,
            ResultsFramework framework,
            CurrentUser currentUser,
            ProgrammeAudit audit,
            Clock clock) {
        this.programmes = programmes;
        this.jurisdictions = jurisdictions;
        this.access = access;
        this.components = components;
        this.indicators = indicators;
        this.collector = collector;
        this.board = board;
        this.framework = framework;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ProgrammeSummary> inScope() {
        UserScope me = currentUser.scope();
        return programmes.findAll().stream()
                .filter(p -> access.mayRead(me, p))
                .sorted(Comparator.comparing(Programme::getTitle))
                .map(p -> summary(me, access.readable(me, p.getId())))
                .toList();
    }

    /**
     * One page of the programmes in scope, by title: who may read which is decided per programme, so the
     * page is cut from the readable ones before their summaries (the costly part) are made.
     */
    @Transactional(readOnly = true)
    public Page<ProgrammeSummary> inScope(Pageable page) {
        UserScope me = currentUser.scope();
        List<Programme> readable = programmes.findAll().stream()
                .filter(p -> access.mayRead(me, p))
                .sorted(Comparator.comparing(Programme::getTitle))
                .toList();
        int from = (int) Math.min(page.getOffset(), readable.size());
        int to = Math.min(from + page.getPageSize(), readable.size());
        List<ProgrammeSummary> content = readable.subList(from, to).stream()
                .map(p -> summary(me, access.readable(me, p.getId())))
                .toList();
        return new PageImpl<>(content, page, readable.size());
    }

    @Transactional(readOnly = true)
    public ProgrammeDetail detail(Long programmeId) {
        UserScope me = currentUser.scope();
        ProgrammeScope scope = access.readable(me, programmeId);
        Programme p = scope.programme();
        ScopeFigures figures = collector.collect(scope);
        return new ProgrammeDetail(
                summary(me, scope),
                p.getDescription(),
                p.getReportingOrgRef(),
                p.getReportingOrgType(),
                p.getImplementer(),
                components.findByProgrammeIdOrderByPosition(programmeId).stream()
                        .map(ProgrammeComponent::getTitle)
                        .toList(),
                board.results(programmeId),
                board.lines(programmeId, figures, LocalDate.now(clock)),
                figures.spending().lines(),
                figures.spending().disbursements(),
                indicators.findByProgrammeIdOrderByPosition(programmeId).stream()
                        .map(i -> new ProgrammeDetail.IndicatorVersion(i.getCode(), i.getVersion()))
                        .toList(),
                framework.impactOf(programmeId),
                framework.resultVersions(programmeId));
    }

    /** Opens a programme (admins only); its donor reports start on their schedule. */
    public Programme create(NewProgramme spec) {
        UserScope me = currentUser.scope();
        if (!me.isAdmin()) {
            throw new ForbiddenException(Refusal.of("refusal.programme.onlyAdminOpens"));
        }
        String code = ProgrammeRules.code("code", spec.code(), ProgrammeRules.PROGRAMME_CODE);
        if (programmes.findByCode(code).isPresent()) {
            throw new ConflictException(Refusal.of("refusal.programme.codeTaken", code));
        }
        ProgrammeRules.period("periodEnd", spec.periodStart(), spec.periodEnd());
        if (spec.jurisdictionIds() == null || spec.jurisdictionIds().isEmpty()) {
            throw new InvalidRequestException("jurisdictionIds", Refusal.of("refusal.programme.coversNone"));
        }
        for (Long id : spec.jurisdictionIds()) {
            try {
                jurisdictions.get(id);
            } catch (NotFoundException e) {
                throw new InvalidRequestException(
                        "jurisdictionIds", Refusal.of("refusal.programme.noJurisdiction", String.valueOf(id)));
            }
        }
        Programme programme = programmes.create(
                code,
                ProgrammeRules.text("title", spec.title(), 400),
                ProgrammeRules.text("donor", spec.donor(), 200),
                ProgrammeRules.amount("amount", spec.amount(), false),
                ProgrammeRules.currency("currency", spec.currency()),
                spec.periodStart(),
                spec.periodEnd(),
                Set.copyOf(spec.jurisdictionIds()));
        describe(
                programme.getId(),
                spec.description(),
                spec.reportingOrgRef(),
                spec.reportingOrgType(),
                spec.implementer(),
                spec.components());
        audit.record(me, programme.getId(), "programme:open", code);
        return programme;
    }

    /**
     * Sets what the programme's public record says beyond money and scope: description, the IATI
     * reporting organisation (identifier and two-digit type), the implementer, and the components
     * (replacing those there were).
     */
    public void describe(
            Long programmeId,
            String description,
            String reportingOrgRef,
            String reportingOrgType,
            String implementer,
            List<String> componentTitles) {
        UserScope me = currentUser.scope();
        access.manageable(me, programmeId);
        String orgType = ProgrammeRules.optional("reportingOrgType", reportingOrgType, 3);
        if (orgType != null && !orgType.matches("\\d{2}")) {
            throw new InvalidRequestException("reportingOrgType", Refusal.of("refusal.programme.orgType"));
        }
        String orgRef = ProgrammeRules.optional("reportingOrgRef", reportingOrgRef, 100);
        if (orgRef != null && !orgRef.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new InvalidRequestException("reportingOrgRef", Refusal.of("refusal.programme.orgRef"));
        }
        List<String> titles = componentTitles == null
                ? List.of()
                : componentTitles.stream()
                        .map(t -> ProgrammeRules.text("components", t, 300))
                        .toList();
        programmes.describe(
                programmeId,
                ProgrammeRules.optional("description", description, 4000),
                orgRef,
                orgType,
                ProgrammeRules.optional("implementer", implementer, 300));
        components.deleteAll(components.findByProgrammeIdOrderByPosition(programmeId));
        for (int i = 0; i < titles.size(); i++) {
            components.save(new ProgrammeComponent(programmeId, i + 1, titles.get(i), null));
        }
        audit.record(me, programmeId, "programme:describe", null);
    }

    /** As {@link #describe(Long, String, String, String, String, List)}, and states the impact (blank: none). */
    public void describe(
            Long programmeId,
            String description,
            String reportingOrgRef,
            String reportingOrgType,
            String implementer,
            List<String> componentTitles,
            String impact) {
        describe(programmeId, description, reportingOrgRef, reportingOrgType, implementer, componentTitles);
        framework.describeImpact(programmeId, impact);
    }

    /** The jurisdictions an admin may choose from when opening a programme. */
    @Transactional(readOnly = true)
    public List<Jurisdiction> coverable() {
        if (!currentUser.scope().isAdmin()) {
            throw new ForbiddenException(Refusal.of("refusal.programme.onlyAdminOpens"));
        }
        return jurisdictions.findAll().stream()
                .sorted(Comparator.comparing(Jurisdiction::getName))
                .toList();
    }

    private ProgrammeSummary summary(UserScope me, ProgrammeScope scope) {
        Programme p = scope.programme();
        List<Jurisdiction> places = jurisdictions.findAll(p.getJurisdictionIds());
        List<String> covered =
                places.stream().map(Jurisdiction::getName).sorted().toList();
        return new ProgrammeSummary(
                p.getId(),
                p.getCode(),
                p.getTitle(),
                p.getDonor(),
                p.getAmount(),
                p.getCurrency(),
                p.getPeriodStart(),
                p.getPeriodEnd(),
                covered,
                scope.whole(),
                access.mayManage(me, p),
                places.stream().map(Jurisdiction::names).toList());
    }
}
