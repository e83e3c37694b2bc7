package org.resilienceroadmap.action.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.action.PlannedMilestone;

/** The milestones given with a proposed action: rows of a title and a target date, added and removed freely. */
class MilestoneRows extends VerticalLayout implements HasValidation {

    private record Row(HorizontalLayout line, TextField title, DatePicker target) {}

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout lines = new VerticalLayout();
    private final Span error = new Span();

    MilestoneRows() {
        setId("propose-milestones");
        setPadding(false);
        setSpacing(false);
        lines.setPadding(false);
        Span label = new Span(getTranslation("action.milestones"));
        label.addClassName("milestone-rows-label");
        error.addClassName("milestone-rows-error");
        error.setVisible(false);
        Button add = new Button(getTranslation("action.milestone.add"), VaadinIcon.PLUS.create(), e -> add(null, null));
        add.setId("propose-milestone-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(label, lines, error, add);
    }

    void add(String title, LocalDate target) {
        int n = rows.size() + 1;
        TextField name = new TextField(getTranslation("action.milestone.title"));
        name.setId("propose-milestone-title-" + n);
        name.setMaxLength(300);
        name.setWidth("min(20em, 100%)");
        name.setValue(title == null ? "" : title);
        DatePicker when = new DatePicker(getTranslation("action.milestone.targetDate"), target);
        when.setId("propose-milestone-target-" + n);
        HorizontalLayout line = new HorizontalLayout(name, when);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.setId("propose-milestone-remove-" + n);
        remove.setAriaLabel(getTranslation("action.milestone.remove"));
        remove.setTooltipText(getTranslation("action.milestone.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        line.add(remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        Row row = new Row(line, name, when);
        remove.addClickListener(e -> {
            rows.remove(row);
            lines.remove(line);
        });
        rows.add(row);
        lines.add(line);
    }

    /** The rows as they stand on screen; a row with neither title nor date is left out. */
    List<PlannedMilestone> value() {
        return rows.stream()
                .filter(r -> !r.title().getValue().isBlank() || r.target().getValue() != null)
                .map(r -> new PlannedMilestone(r.title().getValue(), r.target().getValue()))
                .toList();
    }

    void clear() {
        rows.clear();
        lines.removeAll();
        setInvalid(false);
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
