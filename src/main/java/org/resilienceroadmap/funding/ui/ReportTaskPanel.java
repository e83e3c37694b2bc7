package org.resilienceroadmap.funding.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.resilienceroadmap.funding.DonorReports;
import org.resilienceroadmap.funding.ReportView;
import org.resilienceroadmap.funding.process.DonorReportProcess;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.ui.TaskPanel;

/** Report tasks show the report's period, its headline figures and a link to read (and edit) it in full. */
@org.springframework.stereotype.Component
class ReportTaskPanel implements TaskPanel {

    private final DonorReports reports;

    ReportTaskPanel(DonorReports reports) {
        this.reports = reports;
    }

    @Override
    public boolean supports(TaskItem task) {
        return DonorReportProcess.KEY.equals(task.processKey())
                && task.subjectId() != null
                && !task.subjectId().isEmpty();
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task) {
        Long id = Long.valueOf(task.subjectId());
        ReportView report = reports.view(id);
        Div box = new Div();
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        box.setId("report-task-panel");
        var spending = report.content().spending();
        box.add(new Paragraph(box.getTranslation(
                "funding.report.periodAndCompiled",
                FundingText.period(locale, report.periodStart(), report.periodEnd()),
                FundingText.moment(locale, report.compiledAt()))));
        box.add(new Paragraph(box.getTranslation(
                "funding.report.headline",
                report.content().indicators().size(),
                FundingText.money(locale, spending.disbursed(), spending.currency()),
                report.content().overdueActions().size())));
        box.add(new RouterLink(
                box.getTranslation("funding.report.openFull"),
                DonorReportView.class,
                new RouteParameters("id", String.valueOf(id))));
        return box;
    }
}
