package org.resilienceroadmap.assessment.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.assessment.AssessmentDetail;
import org.resilienceroadmap.assessment.EssentialScore;
import org.resilienceroadmap.assessment.EssentialSection;
import org.resilienceroadmap.assessment.ReturnNotes;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.workflow.ui.TaskFields;

/**
 * The coordinator's validation task: the results to decide on, and for a return the Essentials to
 * score again, each with what is to be done there (a ticked Essential without it is not sent).
 */
class ValidationForm extends VerticalLayout implements TaskFields {

    /** A note must fit, with nine others, in one process variable. */
    static final int MAX_NOTE = 350;

    private final Map<Integer, Checkbox> ticks = new LinkedHashMap<>();
    private final Map<Integer, TextField> notes = new LinkedHashMap<>();

    ValidationForm(AssessmentDetail detail, java.util.List<EssentialScore> previous) {
        setPadding(false);
        setId("validation-form");
        add(new ResultsSummary(detail, previous));
        VerticalLayout returns = new VerticalLayout(
                new H3(getTranslation("assessment.returnSection")),
                new Paragraph(getTranslation("assessment.returnHint")));
        returns.setPadding(false);
        returns.setId("return-essentials");
        for (EssentialSection section : detail.template().essentials()) {
            int n = section.number();
            Checkbox tick = new Checkbox(n + ". " + getTranslation("essential." + n));
            tick.setId("return-" + n);
            TextField note = new TextField();
            note.setPlaceholder(getTranslation("assessment.returnComment"));
            note.setAriaLabel(getTranslation("assessment.returnComment") + " · " + n);
            note.setMaxLength(MAX_NOTE);
            note.setId("return-note-" + n);
            // Typing a note ticks its Essential: the note is what the coordinator means to send.
            note.addValueChangeListener(e -> {
                if (!e.getValue().isBlank()) {
                    tick.setValue(true);
                }
            });
            HorizontalLayout row = new HorizontalLayout(tick, note);
            row.setWidthFull();
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("return-row");
            row.setFlexGrow(1, note);
            tick.setWidth("20em");
            note.setMinWidth("12em");
            ticks.put(n, tick);
            notes.put(n, note);
            returns.add(row);
        }
        add(returns);
    }

    @Override
    public Optional<String> problem(String outcome) {
        if (!"return".equals(outcome)) {
            return Optional.empty();
        }
        return ticks.entrySet().stream()
                .filter(e -> e.getValue().getValue())
                .filter(e -> notes.get(e.getKey()).getValue().isBlank())
                .findFirst()
                .map(e -> getTranslation("assessment.returnCommentMissing", e.getKey()));
    }

    @Override
    public Map<String, Object> fields(String outcome) {
        if (!"return".equals(outcome)) {
            return Map.of();
        }
        Map<Integer, String> returned = new LinkedHashMap<>();
        ticks.forEach((n, tick) -> {
            if (tick.getValue()) {
                returned.put(n, notes.get(n).getValue().strip());
            }
        });
        return Map.of(
                AssessmentProcess.RETURN_ESSENTIALS,
                String.join(",", returned.keySet().stream().map(String::valueOf).toList()),
                AssessmentProcess.RETURN_NOTES,
                ReturnNotes.write(returned));
    }
}
