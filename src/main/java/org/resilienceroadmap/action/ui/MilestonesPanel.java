package org.resilienceroadmap.action.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.action.ActionDetail;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.Milestone;
import org.resilienceroadmap.shared.ui.FormErrors;

/** The milestones with their target and actual dates, missed ones flagged; adding one and marking one reached. */
class MilestonesPanel extends VerticalLayout {

    private final ActionService actions;
    private final Long actionId;
    private final Runnable reload;

    MilestonesPanel(ActionService actions, ActionDetail detail, boolean mayEdit, LocalDate today, Runnable reload) {
        this.actions = actions;
        this.actionId = detail.action().getId();
        this.reload = reload;
        setPadding(false);
        setId("milestones");
        if (detail.milestones().isEmpty()) {
            add(new Span(getTranslation("action.milestone.none")));
        }
        detail.milestones().forEach(m -> add(row(m, today)));
        if (mayEdit) {
            add(addForm(today));
            List<Milestone> open = detail.milestones().stream()
                    .filter(m -> m.getActualDate() == null)
                    .toList();
            if (!open.isEmpty()) {
                add(reachForm(open, today));
            }
        }
    }

    private Div row(Milestone m, LocalDate today) {
        Div row = new Div(new Span(m.getTitle() + " · "
                + getTranslation("action.milestone.target", ActionText.date(getLocale(), m.getTargetDate()))));
        row.setId("milestone-" + m.getId());
        row.addClassName("milestone");
        if (m.getActualDate() != null) {
            row.add(new Span(" · "
                    + getTranslation("action.milestone.reachedOn", ActionText.date(getLocale(), m.getActualDate()))));
        } else if (m.isMissed(today)) {
            Span missed = new Span(getTranslation("action.milestone.missed"));
            missed.getElement().getThemeList().add("badge error");
            missed.addClassName("milestone-missed");
            row.add(new Span(" "), missed);
        }
        return row;
    }

    private HorizontalLayout addForm(LocalDate today) {
        TextField title = new TextField(getTranslation("action.milestone.title"));
        title.setId("milestone-title");
        title.setMaxLength(300);
        title.setWidth("min(24em, 100%)");
        DatePicker target = new DatePicker(getTranslation("action.milestone.targetDate"), today.plusMonths(1));
        target.setId("milestone-target");
        Button add = new Button(
                getTranslation("action.milestone.add"),
                e -> run(() -> actions.addMilestone(actionId, title.getValue(), target.getValue())));
        add.setId("add-milestone");
        return form(title, target, add);
    }

    private HorizontalLayout reachForm(List<Milestone> open, LocalDate today) {
        Select<Milestone> which = new Select<>();
        which.setLabel(getTranslation("action.milestone.which"));
        which.setId("milestone-which");
        which.setItems(open);
        which.setItemLabelGenerator(Milestone::getTitle);
        which.setValue(open.get(0));
        DatePicker on = new DatePicker(getTranslation("action.milestone.reached"), today);
        on.setMax(today);
        on.setId("milestone-reached-on");
        Button reach = new Button(
                getTranslation("action.milestone.markReached"),
                e -> run(() -> actions.reachMilestone(actionId, which.getValue().getId(), on.getValue())));
        reach.setId("reach-milestone");
        return form(which, on, reach);
    }

    private void run(Runnable change) {
        new FormErrors().attempt(() -> {
            change.run();
            reload.run();
        });
    }

    private static HorizontalLayout form(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout form = new HorizontalLayout(parts);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }
}
