package org.resilienceroadmap.administration.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.resilienceroadmap.shared.audit.AuditQuery;

/** Who, about what kind of subject, which action, and which days (UTC, both inclusive). */
class AuditFilters extends HorizontalLayout {

    private final TextField actor = new TextField();
    private final ComboBox<String> subjectType = new ComboBox<>();
    private final TextField action = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    AuditFilters(List<String> subjectTypes, Runnable changed) {
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setId("audit-actor");
        subjectType.setLabel(getTranslation("audit.filter.subjectType"));
        subjectType.setItems(subjectTypes);
        subjectType.setClearButtonVisible(true);
        subjectType.setId("audit-subject-type");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setId("audit-action");
        from.setLabel(getTranslation("audit.filter.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setId("audit-to");
        for (TextField text : List.of(actor, action)) {
            text.setClearButtonVisible(true);
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.addValueChangeListener(e -> changed.run());
        }
        subjectType.addValueChangeListener(e -> changed.run());
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            changed.run();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            changed.run();
        });
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(actor, subjectType, action, from, to);
    }

    AuditQuery query() {
        return new AuditQuery(
                actor.getValue(),
                subjectType.getValue(),
                action.getValue(),
                startOf(from.getValue()),
                to.getValue() == null ? null : startOf(to.getValue().plusDays(1)));
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
