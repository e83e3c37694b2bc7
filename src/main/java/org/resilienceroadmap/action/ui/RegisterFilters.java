package org.resilienceroadmap.action.ui;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.Programme;

/** The register's filters; each change runs the callback. The strategy comes from the address only. */
class RegisterFilters extends HorizontalLayout {

    private final ComboBox<Jurisdiction> jurisdiction = new ComboBox<>();
    private final Select<ActionStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Select<Integer> essential = new Select<>();
    private final TextField hazard = new TextField();
    private final TextField owner = new TextField();
    private final ComboBox<Programme> programme = new ComboBox<>();
    private Long strategyId;

    RegisterFilters(List<Jurisdiction> jurisdictions, List<Programme> programmes, Runnable changed) {
        setId("action-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        jurisdiction.setLabel(getTranslation("action.filter.jurisdiction"));
        jurisdiction.setId("filter-jurisdiction");
        jurisdiction.setItems(jurisdictions.stream().sorted(Comparator.comparing(Jurisdiction::getDisplayName)).toList());
        jurisdiction.setItemLabelGenerator(Jurisdiction::getDisplayName);
        jurisdiction.setClearButtonVisible(true);
        status.setLabel(getTranslation("action.filter.status"));
        status.setId("filter-status");
        status.setItems(ActionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("action.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("action.filter.any")
                : getTranslation("action.status." + s));
        overdue.setLabel(getTranslation("action.filter.overdue"));
        overdue.setId("filter-overdue");
        essential.setLabel(getTranslation("action.filter.essential"));
        essential.setId("filter-essential");
        essential.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
        essential.setEmptySelectionAllowed(true);
        essential.setEmptySelectionCaption(getTranslation("action.filter.any"));
        essential.setItemLabelGenerator(e -> e == null ? getTranslation("action.filter.any")
                : e + ". " + getTranslation("essential." + e));
        hazard.setLabel(getTranslation("action.filter.hazard"));
        hazard.setId("filter-hazard");
        owner.setLabel(getTranslation("action.filter.owner"));
        owner.setId("filter-owner");
        programme.setLabel(getTranslation("action.filter.programme"));
        programme.setId("filter-programme");
        programme.setItems(programmes);
        programme.setItemLabelGenerator(p -> p.getCode() + " · " + p.getTitle());
        programme.setClearButtonVisible(true);
        for (TextField text : List.of(hazard, owner)) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setClearButtonVisible(true);
            text.setWidth("10em");
        }
        add(jurisdiction, status, overdue, essential, hazard, owner, programme);
        jurisdiction.addValueChangeListener(e -> changed.run());
        status.addValueChangeListener(e -> changed.run());
        overdue.addValueChangeListener(e -> changed.run());
        essential.addValueChangeListener(e -> changed.run());
        hazard.addValueChangeListener(e -> changed.run());
        owner.addValueChangeListener(e -> changed.run());
        programme.addValueChangeListener(e -> changed.run());
    }

    /** Takes the jurisdiction and strategy the address names (the jurisdiction page links here with one). */
    void fromAddress(Long jurisdictionId, Long strategyId) {
        this.strategyId = strategyId;
        jurisdiction.getListDataView().getItems().filter(j -> j.getId().equals(jurisdictionId)).findFirst()
                .ifPresentOrElse(jurisdiction::setValue, jurisdiction::clear);
    }

    ActionFilter filter() {
        return new ActionFilter(jurisdiction.getValue() == null ? null : jurisdiction.getValue().getId(), strategyId,
                status.getValue(), overdue.getValue() ? Boolean.TRUE : null, essential.getValue(),
                blankToNull(hazard.getValue()), blankToNull(owner.getValue()),
                programme.getValue() == null ? null : programme.getValue().getId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
