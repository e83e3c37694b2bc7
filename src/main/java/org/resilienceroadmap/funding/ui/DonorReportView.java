package org.resilienceroadmap.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.funding.DonorReportSteps;
import org.resilienceroadmap.funding.DonorReports;
import org.resilienceroadmap.funding.ReportView;
import org.resilienceroadmap.shared.text.MarkdownRenderer;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.MarkdownView;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.workflow.ui.PinBoard;

/**
 * One programme report. Its coordinators edit the narrative while it waits for sign-off (sign-off
 * itself is the task); everyone in the programme's scope reads the figures; the donor sees only
 * what was submitted; each submission downloads as the PDF the donor received.
 */
@Route("donor-reports/:id")
@PermitAll
class DonorReportView extends PageOfOne {

    private final DonorReports reports;
    private final MarkdownRenderer markdown;

    private final PinBoard pins;

    DonorReportView(DonorReports reports, MarkdownRenderer markdown, PinBoard pins) {
        super("funding.report.notFound", "report-not-found");
        this.pins = pins;
        this.reports = reports;
        this.markdown = markdown;
    }

    void show(Long id) {
        removeAll();
        ReportView report = reports.view(id);
        String title = getTranslation("funding.report.number", report.number()) + " · " + report.programmeTitle();
        title(title);
        H1 heading = new H1(title);
        heading.setId("report-title");
        Span state = new Span(getTranslation("funding.report.state." + report.state()));
        state.getElement().getThemeList().add("badge");
        state.setId("report-state");
        add(
                heading,
                new RouterLink(
                        report.programmeTitle(),
                        ProgrammeDashboardView.class,
                        new RouteParameters("id", String.valueOf(report.programmeId()))),
                state,
                new Paragraph(getTranslation(
                        "funding.report.periodAndCompiled",
                        FundingText.period(getLocale(), report.periodStart(), report.periodEnd()),
                        FundingText.moment(getLocale(), report.compiledAt()))));
        String subjectId = String.valueOf(id);
        java.util.Set<String> pinned = pins.openItems(DonorReportSteps.SUBJECT_TYPE, subjectId, getLocale());
        add(pins.panel(DonorReportSteps.SUBJECT_TYPE, subjectId, () -> show(id)));
        H3 narrativeHeading = new H3(getTranslation("funding.report.narrative"));
        PinBoard.mark(narrativeHeading, pinned, "section:narrative");
        add(narrativeHeading);
        if (report.mayEditNarrative()) {
            TextArea narrative = new TextArea();
            narrative.setId("report-narrative");
            narrative.setWidthFull();
            narrative.setMinHeight("12em");
            narrative.setMaxLength(20_000);
            narrative.setValue(report.narrative() == null ? "" : report.narrative());
            narrative.setHelperText(getTranslation("funding.report.narrativeHelp"));
            Button save = new Button(getTranslation("funding.manage.save"), e -> {
                // A refusal leaves the text in the field, so nothing typed is lost.
                new FormErrors().attempt(() -> {
                    reports.editNarrative(id, narrative.getValue(), report.version());
                    Notifications.success(getTranslation("funding.manage.saved"));
                    show(id);
                });
            });
            save.setId("save-narrative");
            add(narrative, save);
        } else {
            MarkdownView text = new MarkdownView(markdown, report.narrative() == null ? "" : report.narrative());
            text.setId("report-narrative-text");
            add(text);
        }
        ReportSections sections = new ReportSections(this, getLocale());
        java.util.Map<String, com.vaadin.flow.component.Component> parts = new java.util.LinkedHashMap<>();
        parts.put("funnel", sections.funnel(report.content()));
        parts.put("indicators", sections.indicators(report.content(), null));
        parts.put("progress", sections.progress(report.content()));
        parts.put("spending", sections.spending(report.content()));
        parts.put("overdue", sections.overdue(report.content()));
        parts.put("decisions", sections.decisions(report.content()));
        parts.forEach((name, part) -> {
            if (part instanceof com.vaadin.flow.component.HasComponents container) {
                PinBoard.mark(container, pinned, "section:" + name);
            }
            add(part);
        });
        add(new H3(getTranslation("funding.report.submissions")));
        Grid<ReportView.SubmissionLine> sent = new Grid<>();
        sent.setId("report-submissions");
        sent.addColumn(s -> s.revision()).setHeader(getTranslation("funding.report.revision"));
        sent.addColumn(s -> FundingText.moment(getLocale(), s.submittedAt()))
                .setHeader(getTranslation("funding.report.submittedAt"));
        sent.addColumn(ReportView.SubmissionLine::submittedByName)
                .setHeader(getTranslation("funding.report.submittedBy"));
        sent.addComponentColumn(s -> {
            Anchor pdf = new Anchor(
                    "/api/v1/donor-reports/submissions/" + s.id() + "/report.pdf",
                    getTranslation("funding.export.pdf"));
            pdf.getElement().setAttribute("download", true);
            pdf.getElement().setAttribute("router-ignore", true);
            return pdf;
        });
        sent.setItems(report.submissions());
        sent.setAllRowsVisible(true);
        sent.setEmptyStateText(getTranslation("funding.report.notSubmitted"));
        add(sent);
    }
}
