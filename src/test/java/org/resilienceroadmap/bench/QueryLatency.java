package org.resilienceroadmap.bench;

import java.util.function.Function;
import java.util.function.IntFunction;

import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.funding.ProgrammeMonitor;
import org.resilienceroadmap.portfolio.PortfolioQuery;
import org.resilienceroadmap.portfolio.PortfolioService;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The reads people wait for, through the services the views and the API call, as the person who
 * makes them: a member's task inbox, a country coordinator's action register (first page with its
 * count, filtered), the donor's dashboard indicators and whole dashboard, the regional coordinator's
 * portfolio (first page over every city), a chair's jurisdiction page. Each round takes another city or country, so that one warm row does not answer them all.
 */
final class QueryLatency {

    private final ApplicationContext context;
    private final ScaleSettings scale;
    private final int warmUp;
    private final int rounds;

    QueryLatency(ApplicationContext context, ScaleSettings scale, int warmUp, int rounds) {
        this.context = context;
        this.scale = scale;
        this.warmUp = warmUp;
        this.rounds = rounds;
    }

    void measure(Results results, Long programmeId) {
        TaskInbox inbox = context.getBean(TaskInbox.class);
        ActionService actions = context.getBean(ActionService.class);
        ProgrammeMonitor monitor = context.getBean(ProgrammeMonitor.class);
        RoadmapService roadmap = context.getBean(RoadmapService.class);
        JurisdictionDirectory jurisdictions = context.getBean(JurisdictionDirectory.class);
        PortfolioService portfolio = context.getBean(PortfolioService.class);

        StatementCount statements = new StatementCount(context);
        record(
                results,
                statements,
                "Member's task inbox (TaskInbox.openTasks)",
                () -> rotate(
                        n -> ScaleNames.member(cityCode(n)),
                        who -> inbox.openTasks().size()),
                100);
        ActionFilter filter = new ActionFilter(null, null, ActionStatus.APPROVED, null, 2, null, null, null);
        record(
                results,
                statements,
                "Action register, first page of 50 + count (country coordinator, status and Essential)",
                () -> rotateCountries(c -> ScaleNames.countryCoordinator(c), who -> {
                    actions.find(filter, PageRequest.of(0, 50, Sort.by("dueDate", "id")))
                            .getContent()
                            .size();
                    return (int) actions.count(filter);
                }),
                150);
        record(
                results,
                statements,
                "Donor dashboard indicators (ProgrammeMonitor.indicators)",
                () -> fixed(
                        ScaleNames.DONOR, () -> monitor.indicators(programmeId).size()),
                100);
        record(
                results,
                statements,
                "Donor dashboard, everything on it (ProgrammeMonitor.overview)",
                () -> fixed(
                        ScaleNames.DONOR, () -> monitor.overview(programmeId).hashCode()),
                100);
        // The same two reads right after a write elsewhere: what was kept is worked out again (shared/revision).
        record(
                results,
                statements,
                "Donor dashboard indicators, first read after a write (kept figures worked out again)",
                () -> afterAWrite(
                        ScaleNames.DONOR, () -> monitor.indicators(programmeId).size()),
                100);
        record(
                results,
                statements,
                "Donor dashboard, everything on it, first read after a write (worked out again)",
                () -> afterAWrite(
                        ScaleNames.DONOR, () -> monitor.overview(programmeId).hashCode()),
                100);
        record(
                results,
                statements,
                "Portfolio first page (regional coordinator, PortfolioService.page: 25 of every city)",
                () -> fixed(
                        ScaleNames.REGION_COORDINATOR,
                        () -> portfolio.page(PortfolioQuery.all(), 0, 25).rows().size()),
                150);
        record(
                results,
                statements,
                "Jurisdiction page data (RoadmapService.detail, the city's chair)",
                () -> rotate(n -> ScaleNames.chair(cityCode(n)), who -> {
                    Long id = jurisdictions
                            .findByCode(who.substring("chair.".length()).toUpperCase())
                            .orElseThrow()
                            .getId();
                    return roadmap.detail(id).hashCode();
                }),
                100);
    }

    /** Measures, and adds the SQL statements per run to the row when PostgreSQL counts them. */
    private void record(
            Results results,
            StatementCount statements,
            String figure,
            java.util.function.Supplier<Latency> measure,
            double targetMillis) {
        StatementCount.Counted<Latency> counted = statements.around(warmUp + rounds, measure);
        results.latency(StatementCount.label(figure, counted.perRun()), counted.result(), targetMillis);
    }

    private String cityCode(int n) {
        return ScaleNames.city(scale.countryOf(n), n);
    }

    /** Each round as the person of another city (spread over all cities). */
    private Latency rotate(IntFunction<String> person, Function<String, Integer> read) {
        int[] round = {0};
        return Latency.of(warmUp, rounds, () -> {
            int n = 1 + (int) ((round[0]++ * 7919L) % scale.cities());
            String who = person.apply(n);
            SignedIn.as(who, () -> read.apply(who));
        });
    }

    private Latency rotateCountries(IntFunction<String> person, Function<String, Integer> read) {
        int[] round = {0};
        return Latency.of(warmUp, rounds, () -> {
            int c = 1 + (round[0]++ % scale.countries());
            String who = person.apply(c);
            SignedIn.as(who, () -> read.apply(who));
        });
    }

    /** Each round the data's stamp moves first (as any write on any node moves it), untimed; then the read is timed. */
    private Latency afterAWrite(String who, java.util.function.Supplier<Integer> read) {
        org.springframework.jdbc.core.JdbcTemplate jdbc =
                context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        Latency latency = new Latency();
        for (int i = 0; i < warmUp + rounds; i++) {
            jdbc.update(
                    "update data_revision set stamp = ? where id = 1",
                    java.util.UUID.randomUUID().toString());
            long start = System.nanoTime();
            SignedIn.as(who, read);
            if (i >= warmUp) {
                latency.add(System.nanoTime() - start);
            }
        }
        return latency;
    }

    private Latency fixed(String who, java.util.function.Supplier<Integer> read) {
        return Latency.of(warmUp, rounds, () -> SignedIn.as(who, read));
    }
}
