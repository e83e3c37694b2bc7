package org.resilienceroadmap.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.resilienceroadmap.action.ActionCounts;
import org.resilienceroadmap.action.ActionFigures;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.shared.audit.SystemActors;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.resilienceroadmap.workflow.TaskSubjects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Compiles everything a programme report and the dashboard show from live data, over one scope. */
@Component
class ReportCompiler {

    static final int OVERDUE_LISTED = 50;
    static final int DECISIONS_LISTED = 20;
    /** The subjects whose own title a decision names: written by people, in the one language they wrote. */
    private static final Set<String> TITLED = Set.of(ActionService.SUBJECT_TYPE, StrategyService.SUBJECT_TYPE);

    private final FigureCollector collector;
    private final IndicatorBoard board;
    private final ActionFigures actions;
    private final ProgrammeComponentRepository components;
    private final AuditLog audit;
    private final PeopleDirectory people;
    private final TaskSubjects subjects;
    private final Clock clock;

    ReportCompiler(
            FigureCollector collector,
            IndicatorBoard board,
            ActionFigures actions,
            ProgrammeComponentRepository components,
            AuditLog audit,
            PeopleDirectory people,
            TaskSubjects subjects,
            Clock clock) {
        this.collector = collector;
        this.board = board;
        this.actions = actions;
        this.components = components;
        this.audit = audit;
        this.people = people;
        this.subjects = subjects;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ReportContent compile(ProgrammeScope scope, LocalDate periodStart, LocalDate periodEnd) {
        ScopeFigures f = collector.collect(scope);
        LocalDate today = LocalDate.now(clock);
        var p = scope.programme();
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
                components.findByProgrammeIdOrderByPosition(p.getId()).stream()
                        .map(ProgrammeComponent::getTitle)
                        .toList());
        // Indicators as of the period's end: snapshots count the whole programme, so a reader who sees
        // only part of it gets today's counts over their part instead.
        LocalDate until = scope.whole() ? periodEnd : today;
        return new ReportContent(
                facts,
                Instant.now(clock),
                periodStart,
                periodEnd,
                funnel(f),
                board.results(p.getId()),
                board.lines(p.getId(), f, today, until),
                progress(f),
                f.spending(),
                overdue(scope, f),
                decisions(scope, f),
                IndicatorCounter.joinedAbove(f));
    }

    /** Compiled over the programme's period up to today, or up to its end when it has ended. */
    @Transactional(readOnly = true)
    ReportContent compileToDate(ProgrammeScope scope) {
        LocalDate today = LocalDate.now(clock);
        var p = scope.programme();
        LocalDate end = p.getPeriodEnd() != null && p.getPeriodEnd().isBefore(today) ? p.getPeriodEnd() : today;
        LocalDate start = p.getPeriodStart() == null || p.getPeriodStart().isAfter(end) ? end : p.getPeriodStart();
        return compile(scope, start, end);
    }

    /** Local governments by stage (MCR2030's members); countries and regions are counted apart. */
    private static List<StageCount> funnel(ScopeFigures f) {
        List<StageCount> steps = new ArrayList<>();
        steps.add(new StageCount(
                "NONE",
                IndicatorCounter.localGovernments(f).stream()
                        .filter(j -> j.getStage() == null)
                        .count()));
        for (RoadmapStage stage : RoadmapStage.values()) {
            steps.add(new StageCount(
                    stage.name(), IndicatorCounter.inStage(f, stage).size()));
        }
        return steps;
    }

    /** Countries and cities (not the region itself), ordered by country then name. */
    private static List<JurisdictionProgress> progress(ScopeFigures f) {
        Set<Long> adopted = IndicatorCounter.adoptedJurisdictions(f);
        Map<Long, Long> validated = f.validated().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        a -> a.getJurisdictionId(), java.util.stream.Collectors.counting()));
        return f.jurisdictions().stream()
                .filter(j -> j.getLevel() != JurisdictionLevel.REGION)
                .map(j -> {
                    ActionCounts c = f.actions().get(j.getId());
                    return new JurisdictionProgress(
                            j.getId(),
                            j.getCode(),
                            j.getName(),
                            j.getLocalName(),
                            j.getLevel().name(),
                            country(f, j),
                            j.getStage() == null ? null : j.getStage().name(),
                            validated.getOrDefault(j.getId(), 0L),
                            adopted.contains(j.getId()),
                            c == null ? 0 : c.actions(),
                            c == null ? 0 : c.completed(),
                            c == null ? 0 : c.overdue(),
                            j.names().russianName(),
                            countryOf(f, j).map(at -> at.names().russianName()).orElse(null),
                            j.names().serbianName(),
                            countryOf(f, j).map(at -> at.names().serbianName()).orElse(null),
                            c == null ? 0 : c.claimed());
                })
                .sorted(Comparator.comparing(
                                JurisdictionProgress::countryName, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(p -> !"COUNTRY".equals(p.level()))
                        .thenComparing(JurisdictionProgress::name))
                .toList();
    }

    private static String country(ScopeFigures f, Jurisdiction j) {
        return countryOf(f, j).map(Jurisdiction::getName).orElse(null);
    }

    private static java.util.Optional<Jurisdiction> countryOf(ScopeFigures f, Jurisdiction j) {
        Jurisdiction at = j;
        while (at != null && at.getLevel() != JurisdictionLevel.COUNTRY) {
            at = at.getParentId() == null ? null : f.byId().get(at.getParentId());
        }
        return java.util.Optional.ofNullable(at);
    }

    /** The owner by the name people know them by, as the report keeps it. */
    private List<OverdueAction> overdue(ProgrammeScope scope, ScopeFigures f) {
        var listed = actions.list(scope.jurisdictionIds(), ActionFigures.Kind.OVERDUE, OVERDUE_LISTED);
        Map<String, String> names = names(listed.stream().map(a -> a.owner()).toList());
        return listed.stream()
                .map(a -> new OverdueAction(
                        a.id(),
                        a.title(),
                        f.nameOf(a.jurisdictionId()),
                        names.getOrDefault(a.owner(), a.owner()),
                        a.due(),
                        a.percentDone(),
                        f.localNameOf(a.jurisdictionId()),
                        f.russianNameOf(a.jurisdictionId()),
                        f.serbianNameOf(a.jurisdictionId())))
                .toList();
    }

    /** The names of these accounts that have one; a system account has none. */
    private Map<String, String> names(java.util.Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        people
                .findByUsernames(usernames.stream()
                        .filter(u -> !SystemActors.isSystem(u))
                        .distinct()
                        .toList())
                .stream()
                .filter(p -> p.getDisplayName() != null && !p.getDisplayName().isBlank())
                .forEach(p -> names.put(p.getUsername(), p.getDisplayName()));
        return names;
    }

    /**
     * The newest decisions with what a reader needs to follow them: the person's name (none for a
     * system step) and the subject's title and page. Titles are kept only for actions and
     * strategies, which their authors write in one language; the other subjects are named by their
     * jurisdiction, so a stored report reads right in every language.
     */
    private List<DecisionLine> decisions(ProgrammeScope scope, ScopeFigures f) {
        List<AuditRecord> records = audit.recentDecisions(scope.jurisdictionIds(), DECISIONS_LISTED);
        Map<String, String> names =
                names(records.stream().map(AuditRecord::getActor).toList());
        Map<TaskSubjectLink.SubjectRef, TaskSubjects.Named> named = subjects.named(
                records.stream()
                        .map(r -> new TaskSubjectLink.SubjectRef(r.getSubjectType(), r.getSubjectId()))
                        .toList(),
                Locale.ENGLISH);
        return records.stream()
                .map(r -> {
                    var subject = java.util.Optional.ofNullable(
                            named.get(new TaskSubjectLink.SubjectRef(r.getSubjectType(), r.getSubjectId())));
                    String title = TITLED.contains(r.getSubjectType())
                            ? subject.map(TaskSubjects.Named::title)
                                    .filter(t -> !t.isBlank())
                                    .orElse(null)
                            : null;
                    return new DecisionLine(
                            r.getAt(),
                            r.getActor(),
                            r.getAction(),
                            r.getToState(),
                            r.getSubjectType(),
                            r.getSubjectId(),
                            f.nameOf(r.getJurisdictionId()),
                            r.getComment(),
                            SystemActors.isSystem(r.getActor()) ? null : names.get(r.getActor()),
                            title,
                            subject.map(TaskSubjects.Named::page).orElse(null),
                            f.russianNameOf(r.getJurisdictionId()),
                            f.serbianNameOf(r.getJurisdictionId()));
                })
                .toList();
    }
}
