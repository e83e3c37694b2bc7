package org.resilienceroadmap.action.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.workflow.ui.TaskFields;

/**
 * What an action's task shows above its outcomes; on the overdue decision also the new due date the
 * "extend" outcome needs, picked on a calendar (the process takes it as {@code newDueDate}).
 */
class ActionTaskContext extends VerticalLayout implements TaskFields {

    static final String EXTEND = "extend";

    private DatePicker newDue;

    ActionTaskContext() {
        setPadding(false);
        setId("action-task-context");
    }

    /** Offers the new due date, from tomorrow on, proposing three months after the old one or from today. */
    void askNewDueDate(LocalDate oldDue, LocalDate today) {
        newDue = new DatePicker(getTranslation("action.overdue.newDue"));
        newDue.setId("new-due-date");
        newDue.setMin(today.plusDays(1));
        LocalDate proposal = (oldDue.isAfter(today) ? oldDue : today).plusMonths(3);
        newDue.setValue(proposal);
        newDue.setHelperText(getTranslation("action.overdue.newDueHelp"));
        add(newDue);
    }

    @Override
    public Optional<String> problem(String outcome) {
        if (newDue != null && EXTEND.equals(outcome) && newDue.getValue() == null) {
            newDue.setInvalid(true);
            return Optional.of(getTranslation("action.overdue.newDueMissing"));
        }
        return Optional.empty();
    }

    @Override
    public Map<String, Object> fields(String outcome) {
        return newDue != null && EXTEND.equals(outcome) && newDue.getValue() != null
                ? Map.of("newDueDate", newDue.getValue().toString())
                : Map.of();
    }
}
