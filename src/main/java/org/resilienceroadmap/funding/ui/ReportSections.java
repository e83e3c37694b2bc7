package org.resilienceroadmap.funding.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.funding.DecisionLine;
import org.resilienceroadmap.funding.DecisionWords;
import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.funding.JurisdictionProgress;
import org.resilienceroadmap.funding.OverdueAction;
import org.resilienceroadmap.funding.ReportContent;
import org.resilienceroadmap.funding.StageCount;
import org.resilienceroadmap.shared.i18n.Percent;
import org.resilienceroadmap.shared.ui.chart.ComparisonBar;
import org.resilienceroadmap.shared.ui.chart.FunnelChart;

/**
 * The parts of a programme's picture, drawn from one {@link ReportContent}: the dashboard shows
 * them live, a report's page shows them as compiled or submitted. Charts are server-drawn SVG.
 */
final class ReportSections {

    private final Component host;
    private final Locale locale;

    ReportSections(Component host, Locale locale) {
        this.host = host;
        this.locale = locale;
    }

    private String t(String key, Object... args) {
        return host.getTranslation(key, args);
    }

    Component funnel(ReportContent c) {
        List<FunnelChart.Step> steps = new ArrayList<>();
        for (StageCount s : c.funnel()) {
            steps.add(new FunnelChart.Step(
                    t("NONE".equals(s.stage()) ? "stage.none" : "stage." + s.stage()),
                    s.count(),
                    "NONE".equals(s.stage()) ? null : "/jurisdictions"));
        }
        Component chart = new FunnelChart(t("funding.section.funnel"), steps, locale, t("funding.none"))
                .withFigures("stage-funnel", t("jurisdiction.stage"), t("nav.jurisdictions"));
        // MCR2030's members are local governments: countries and regions that joined are named apart.
        if (c.joinedAbove() == null || c.joinedAbove().none()) {
            return section("funding.section.funnel", new Span(t("funding.funnel.localGovernments")), chart);
        }
        Span above = new Span(t(
                "funding.funnel.alsoJoined",
                c.joinedAbove().countries(),
                c.joinedAbove().regions()));
        above.setId("also-joined");
        return section("funding.section.funnel", new Span(t("funding.funnel.localGovernments")), chart, above);
    }

    /** Indicators as bars of actual against target, and as a table; {@code open} shows what one counts. */
    Component indicators(ReportContent c, Consumer<IndicatorLine> open) {
        IndicatorFigures figures = new IndicatorFigures(host, locale);
        return section(
                "funding.section.indicators", figures.chart(c.indicators()), figures.table(c.indicators(), open));
    }

    Component progress(ReportContent c) {
        Grid<JurisdictionProgress> grid = new Grid<>();
        grid.setId("jurisdiction-progress");
        grid.addColumn(p -> p.country(locale))
                .setHeader(t("funding.progress.country"))
                .setSortable(true);
        grid.addComponentColumn(p -> new Anchor("jurisdictions/" + p.id(), p.displayName(locale)))
                .setHeader(t("funding.progress.jurisdiction"))
                .setFlexGrow(2)
                .setKey("jurisdiction");
        grid.addColumn(p -> p.stage() == null ? t("stage.none") : t("stage." + p.stage()))
                .setHeader(t("funding.progress.stage"))
                .setSortable(true);
        grid.addColumn(JurisdictionProgress::assessmentsValidated).setHeader(t("funding.progress.assessments"));
        grid.addColumn(p -> t(p.strategyAdopted() ? "funding.yes" : "funding.no"))
                .setHeader(t("funding.progress.strategy"));
        grid.addColumn(JurisdictionProgress::actions).setHeader(t("funding.progress.actions"));
        grid.addColumn(JurisdictionProgress::actionsCompleted).setHeader(t("funding.progress.completed"));
        grid.addColumn(JurisdictionProgress::actionsClaimed).setHeader(t("funding.progress.claimed"));
        grid.addColumn(JurisdictionProgress::actionsOverdue).setHeader(t("funding.progress.overdue"));
        grid.setItems(c.jurisdictions());
        grid.setPageSize(50);
        grid.setHeight("420px");
        grid.setEmptyStateText(t("funding.none"));
        return section("funding.section.progress", grid);
    }

    Component spending(ReportContent c) {
        var s = c.spending();
        BigDecimal committed = s.committed() == null ? BigDecimal.ZERO : s.committed();
        Component bar = new ComparisonBar(
                        t("funding.section.spending"),
                        new ComparisonBar.Figure(t("funding.spending.budgeted"), s.budgeted()),
                        new ComparisonBar.Figure(t("funding.spending.committed"), committed),
                        new ComparisonBar.Figure(t("funding.spending.disbursed"), s.disbursed()),
                        s.currency(),
                        locale,
                        t("funding.none"))
                .component("spend-chart");
        Grid<org.resilienceroadmap.funding.BudgetLineFigure> lines = new Grid<>();
        lines.setId("budget-lines");
        lines.addColumn(l -> l.title()).setHeader(t("funding.budget.title")).setFlexGrow(2);
        lines.addColumn(l -> FundingText.period(locale, l.periodStart(), l.periodEnd()))
                .setHeader(t("funding.budget.period"));
        lines.addColumn(l -> FundingText.money(locale, l.amount(), l.currency()))
                .setHeader(t("funding.budget.amount"));
        lines.setItems(s.lines());
        lines.setAllRowsVisible(true);
        lines.setEmptyStateText(t("funding.none"));
        Grid<org.resilienceroadmap.funding.DisbursementLine> paid = new Grid<>();
        paid.setId("disbursements");
        paid.addColumn(d -> FundingText.date(locale, d.paidOn())).setHeader(t("funding.disbursement.paidOn"));
        paid.addColumn(d -> FundingText.money(locale, d.amount(), d.currency())).setHeader(t("funding.budget.amount"));
        paid.addColumn(d -> d.reference() == null ? "" : d.reference())
                .setHeader(t("funding.disbursement.reference"))
                .setFlexGrow(2);
        paid.setItems(s.disbursements());
        paid.setAllRowsVisible(true);
        paid.setEmptyStateText(t("funding.none"));
        Span share = new Span(t("funding.spending.share", FundingText.number(locale, s.disbursedPercent(), "%")));
        share.setId("disbursed-share");
        return section(
                "funding.section.spending",
                bar,
                share,
                new H3(t("funding.budget.lines")),
                lines,
                new H3(t("funding.disbursements")),
                paid);
    }

    Component overdue(ReportContent c) {
        Grid<OverdueAction> grid = new Grid<>();
        grid.setId("overdue-actions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(a -> new Anchor("actions/" + a.id(), a.title()))
                .setHeader(t("funding.overdue.action"))
                .setFlexGrow(3);
        grid.addColumn(a -> a.place(locale)).setHeader(t("funding.progress.jurisdiction"));
        grid.addColumn(OverdueAction::owner).setHeader(t("funding.overdue.owner"));
        grid.addColumn(a -> FundingText.date(locale, a.due())).setHeader(t("funding.overdue.due"));
        grid.addColumn(a -> Percent.format(locale, a.percentDone())).setHeader(t("funding.overdue.percent"));
        grid.setItems(c.overdueActions());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t("funding.overdue.none"));
        return section("funding.section.overdue", grid);
    }

    /** Each decision as a sentence: when, who (or "automatically"), what about which subject, linked to its page. */
    Component decisions(ReportContent c) {
        DecisionWords words = new DecisionWords(this::t, locale);
        Grid<DecisionLine> grid = new Grid<>();
        grid.setId("recent-decisions");
        // A decision is a sentence: it wraps in its cell rather than ending in "…" nobody can open.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(d -> FundingText.moment(locale, d.at()))
                .setHeader(t("funding.decision.when"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.jurisdiction(locale)).setHeader(t("funding.progress.jurisdiction"));
        grid.addColumn(words::who).setHeader(t("funding.decision.who")).setKey("who");
        grid.addComponentColumn(d -> sentence(words.what(d)))
                .setHeader(t("funding.decision.what"))
                .setKey("what")
                .setFlexGrow(2);
        grid.addColumn(words::comment).setHeader(t("funding.decision.comment")).setFlexGrow(2);
        grid.setItems(c.decisions());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t("funding.decision.none"));
        return section("funding.section.decisions", grid);
    }

    private static Component sentence(DecisionWords.Sentence s) {
        Span line = new Span();
        line.addClassName("decision-sentence");
        line.add(s.before());
        if (!s.subject().isEmpty()) {
            line.add(s.page() == null ? new Span(s.subject()) : new Anchor(s.page(), s.subject()));
        }
        line.add(s.after());
        return line;
    }

    private Component section(String titleKey, Component... parts) {
        VerticalLayout box = new VerticalLayout(new H3(t(titleKey)));
        box.add(parts);
        box.setPadding(false);
        box.addClassName("funding-section");
        return box;
    }

    static Div row(Component... parts) {
        Div row = new Div(parts);
        row.addClassName("funding-row");
        return row;
    }
}
