package org.resilienceroadmap.assessment.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.EssentialSection;
import org.resilienceroadmap.assessment.Scorer;
import org.resilienceroadmap.shared.ui.FormErrors;

/**
 * The chair's assignment task: one scorer per Essential, chosen by name from the working group, or
 * the whole working group. Each choice is stored at once (as the API's assignments are), so that
 * Start scoring sends each Essential's task to its scorer.
 */
class AssignmentForm extends VerticalLayout {

    private static final String WHOLE_GROUP = "";

    AssignmentForm(AssessmentService assessments, AssessmentReads assessmentReads, Long assessmentId) {
        setPadding(false);
        setId("assignment-form");
        var detail = assessmentReads.detail(assessmentId);
        List<Scorer> group = assessmentReads.workingGroup(assessmentId);
        Map<String, String> names = new HashMap<>();
        group.forEach(s -> names.put(s.username(), s.name()));
        List<String> choices = new java.util.ArrayList<>(List.of(WHOLE_GROUP));
        group.forEach(s -> choices.add(s.username()));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (EssentialSection section : detail.template().essentials()) {
            int n = section.number();
            Select<String> scorer = new Select<>();
            scorer.setLabel(n + ". " + getTranslation("essential." + n));
            scorer.setItems(choices);
            scorer.setItemLabelGenerator(
                    u -> WHOLE_GROUP.equals(u) ? getTranslation("assessment.wholeGroup") : names.getOrDefault(u, u));
            scorer.setValue(detail.assessment().getScorers().getOrDefault(n, WHOLE_GROUP));
            scorer.setId("scorer-" + n);
            scorer.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                Map<Integer, String> change = new HashMap<>();
                change.put(n, e.getValue());
                if (!new FormErrors().attempt(() -> assessments.assign(assessmentId, change))) {
                    scorer.setValue(e.getOldValue());
                }
            });
            form.add(scorer);
        }
        add(new Paragraph(getTranslation("assessment.assignHint")), form);
    }
}
