package org.resilienceroadmap.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.assessment.AssessmentDetail;
import org.resilienceroadmap.assessment.AssessmentState;
import org.resilienceroadmap.assessment.EssentialScore;

/** The results tab: the chart of the ten Essentials (against the last validated assessment), the scores and the findings. */
class AssessmentResults extends VerticalLayout {

    AssessmentResults(AssessmentDetail detail, List<EssentialScore> previous, FindingsPanel.Actions findingActions) {
        ScoreTable table = new ScoreTable(detail.scores());
        Paragraph completeness = new Paragraph(ScoreTable.completeness(this, detail.scores()));
        completeness.setId("completeness");
        boolean consolidating = detail.assessment().getState() == AssessmentState.CONSOLIDATION;
        var findings = new FindingsPanel(detail.findings(), consolidating, 1, findingActions);
        add(new ScoreChart(detail.scores(), previous, getLocale()));
        if (!previous.isEmpty()) {
            add(new Span(getTranslation("assessment.previousMarker")));
        }
        add(completeness, ScoreTable.overall(this, detail.scores()), table, findings);
        setPadding(false);
    }
}
