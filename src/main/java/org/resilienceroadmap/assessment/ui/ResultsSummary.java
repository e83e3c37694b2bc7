package org.resilienceroadmap.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.assessment.AssessmentDetail;
import org.resilienceroadmap.assessment.EssentialScore;
import org.resilienceroadmap.assessment.Finding;

/**
 * What a coordinator decides a validation or a stage-A gate on: the chart and table of the results
 * per Essential, how much is unanswered, and the findings with their recommendations.
 */
class ResultsSummary extends VerticalLayout {

    ResultsSummary(AssessmentDetail detail, java.util.List<EssentialScore> previous) {
        setPadding(false);
        addClassName("results-summary");
        Long id = detail.assessment().getId();
        Anchor open = new Anchor("assessments/" + id, getTranslation("assessment.openAssessment"));
        open.setId("open-assessment");
        Paragraph completeness = new Paragraph(ScoreTable.completeness(this, detail.scores()));
        completeness.setId("completeness");
        add(
                open,
                completeness,
                ScoreTable.overall(this, detail.scores()),
                new ScoreChart(detail.scores(), previous, getLocale()),
                new ScoreTable(detail.scores()));
        VerticalLayout findings = new VerticalLayout(new H3(getTranslation("assessment.findings")));
        findings.setPadding(false);
        findings.setId("summary-findings");
        if (detail.findings().isEmpty()) {
            findings.add(new Span(getTranslation("assessment.noFindings")));
        }
        for (Finding f : detail.findings()) {
            Div item = new Div(new Span(
                    f.getEssential() + ". " + getTranslation("essential." + f.getEssential()) + " — " + f.getGap()));
            if (f.getRecommendation() != null) {
                item.add(new Paragraph(getTranslation("assessment.recommendation", f.getRecommendation())));
            }
            item.addClassName("finding");
            findings.add(item);
        }
        add(findings);
    }
}
