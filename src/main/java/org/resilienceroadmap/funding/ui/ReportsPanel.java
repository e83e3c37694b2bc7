package org.resilienceroadmap.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.resilienceroadmap.funding.DonorReport;
import org.resilienceroadmap.funding.DonorReports;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

/** The programme's reports (donors see those submitted to them); managers open reporting or ask for a report now. */
class ReportsPanel extends VerticalLayout {

    private final DonorReports reports;
    private final Long programmeId;
    private final boolean manager;

    ReportsPanel(DonorReports reports, Long programmeId, boolean manager) {
        this.reports = reports;
        this.programmeId = programmeId;
        this.manager = manager;
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        if (manager) {
            HorizontalLayout actions = new HorizontalLayout();
            if (reports.reportingRuns(programmeId)) {
                Button now = new Button(
                        getTranslation("funding.reports.requestNow"),
                        e -> run(() -> reports.requestNow(programmeId), "funding.reports.requested"));
                now.setId("request-report");
                actions.add(now);
            } else {
                Button open = new Button(
                        getTranslation("funding.reports.open"),
                        e -> run(() -> reports.openReporting(programmeId), "funding.reports.opened"));
                open.setId("open-reporting");
                actions.add(open);
            }
            add(actions);
        }
        Grid<DonorReport> grid = new Grid<>();
        grid.setId("programme-reports");
        grid.addComponentColumn(r -> new RouterLink(
                        getTranslation("funding.report.number", r.getNumber()),
                        DonorReportView.class,
                        new RouteParameters("id", String.valueOf(r.getId()))))
                .setHeader(getTranslation("funding.report.column.report"));
        grid.addColumn(r -> FundingText.period(getLocale(), r.getPeriodStart(), r.getPeriodEnd()))
                .setHeader(getTranslation("funding.budget.period"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("funding.report.state." + r.getState()))
                .setHeader(getTranslation("funding.report.column.state"));
        grid.setItems(reports.ofProgramme(programmeId));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("funding.reports.none"));
        add(grid);
    }

    private void run(Runnable step, String doneKey) {
        new FormErrors().attempt(() -> {
            step.run();
            Notifications.success(getTranslation(doneKey));
            refresh();
        });
    }
}
