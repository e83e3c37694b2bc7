package org.resilienceroadmap.funding.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.funding.DonorReports;
import org.resilienceroadmap.funding.MoneyAllocations;
import org.resilienceroadmap.funding.MoneyAndProgress;
import org.resilienceroadmap.funding.ProgrammeBudget;
import org.resilienceroadmap.funding.ProgrammeDetail;
import org.resilienceroadmap.funding.ProgrammeMonitor;
import org.resilienceroadmap.funding.ProgrammeService;
import org.resilienceroadmap.funding.ReportContent;
import org.resilienceroadmap.funding.ResultsFramework;
import org.resilienceroadmap.funding.SnapshotPoint;
import org.resilienceroadmap.shared.i18n.ListWords;
import org.resilienceroadmap.shared.ui.TabOnFirstOpen;

/**
 * A programme's dashboard: progress by stage, indicators against targets (each opens what it
 * counts and its monthly history), per-country and per-city progress, spend against budget,
 * overdue actions and recent decisions; the exports; and, for its managers, the framework, money
 * and reports. Donors only read; coordinators see the part of the programme in their scope.
 */
@Route("programmes/:id")
@PermitAll
class ProgrammeDashboardView extends PageOfOne {

    private final ProgrammeService programmes;
    private final ResultsFramework framework;
    private final ProgrammeBudget budget;
    private final ProgrammeMonitor monitor;
    private final DonorReports reports;
    private final MoneyAndProgress money;
    private final MoneyAllocations allocations;

    ProgrammeDashboardView(
            ProgrammeService programmes,
            ResultsFramework framework,
            ProgrammeBudget budget,
            ProgrammeMonitor monitor,
            DonorReports reports,
            MoneyAndProgress money,
            MoneyAllocations allocations) {
        super("funding.programme.notFound", "programme-not-found");
        this.programmes = programmes;
        this.framework = framework;
        this.budget = budget;
        this.monitor = monitor;
        this.reports = reports;
        this.money = money;
        this.allocations = allocations;
        addClassName("programme-dashboard");
    }

    void show(Long id) {
        removeAll();
        ProgrammeDetail detail = programmes.detail(id);
        ReportContent overview = monitor.overview(id);
        List<SnapshotPoint> history = monitor.history(id);
        var s = detail.summary();
        title(s.title());
        H1 heading = new H1(s.title());
        heading.setId("programme-title");
        Paragraph facts = new Paragraph(getTranslation(
                "funding.programme.facts",
                s.donor(),
                FundingText.money(getLocale(), s.amount(), s.currency()),
                FundingText.period(getLocale(), s.periodStart(), s.periodEnd()),
                ListWords.join(s.coveredIn(getLocale()), getTranslation("words.and"))));
        add(heading, facts);
        if (!s.whole()) {
            Span partial = new Span(getTranslation("funding.programme.partial"));
            partial.setId("partial-scope");
            partial.getElement().getThemeList().add("badge contrast");
            add(partial);
        }
        if (overview.programmeEnded(java.time.LocalDate.now(org.resilienceroadmap.shared.Days.ZONE))) {
            // Its figures stop at its end: what the dashboard shows are the final values.
            Span ended =
                    new Span(getTranslation("funding.programme.ended", FundingText.date(getLocale(), s.periodEnd())));
            ended.setId("programme-ended");
            ended.getElement().getThemeList().add("badge");
            add(ended);
        }
        add(exports(id));
        ReportSections sections = new ReportSections(this, getLocale());
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(
                getTranslation("funding.tab.overview"),
                new VerticalLayout(sections.funnel(overview), sections.spending(overview)));
        tabs.add(
                getTranslation("funding.tab.indicators"),
                sections.indicators(overview, line -> new CountedDialog(monitor, id, line, history).open()));
        tabs.add(
                getTranslation("funding.tab.progress"),
                new VerticalLayout(sections.progress(overview), sections.overdue(overview)));
        tabs.add(getTranslation("funding.tab.decisions"), sections.decisions(overview));
        // Reports, management and money read far more than the overview (money reads every funded action of
        // every covered city): they are made when opened, so arriving at the dashboard does not pay for them.
        TabOnFirstOpen.add(
                tabs, getTranslation("funding.tab.reports"), () -> new ReportsPanel(reports, id, s.mayManage()));
        if (s.mayManage()) {
            TabOnFirstOpen.add(
                    tabs,
                    getTranslation("funding.tab.manage"),
                    () -> new ManagePanel(framework, budget, detail, () -> show(id)));
        }
        TabOnFirstOpen.add(
                tabs, getTranslation("funding.tab.money"), () -> new MoneyProgressPanel(money, allocations, id));
        add(tabs);
    }

    private Component exports(Long id) {
        Anchor pdf = download("/api/v1/programmes/" + id + "/report.pdf", "funding.export.pdf", "export-pdf");
        Anchor xlsx = download("/api/v1/programmes/" + id + "/actions.xlsx", "funding.export.xlsx", "export-xlsx");
        Anchor iati = download("/api/v1/programmes/" + id + "/iati.xml", "funding.export.iati", "export-iati");
        Anchor logframe =
                download("/api/v1/programmes/" + id + "/logframe.xlsx", "funding.export.logframe", "export-logframe");
        HorizontalLayout row = new HorizontalLayout(pdf, xlsx, iati, logframe);
        row.setId("programme-exports");
        return row;
    }

    private Anchor download(String href, String key, String id) {
        Anchor a = new Anchor(href, getTranslation(key));
        a.getElement().setAttribute("download", true);
        a.getElement().setAttribute("router-ignore", true);
        a.setId(id);
        return a;
    }
}
