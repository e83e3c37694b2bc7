package org.resilienceroadmap.strategy.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.strategy.ObjectiveChoices;
import org.resilienceroadmap.strategy.ObjectiveDraft;

/** The draft's objectives, each tied to Essentials, hazards of the profile and assessment findings. */
class ObjectivesEditor extends VerticalLayout {

    private final ObjectiveChoices choices;
    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    ObjectivesEditor(ObjectiveChoices choices, List<ObjectiveDraft> objectives) {
        this.choices = choices;
        setPadding(false);
        list.setPadding(false);
        list.setId("objectives");
        objectives.forEach(this::addRow);
        Button add = new Button(
                getTranslation("strategy.objective.add"),
                VaadinIcon.PLUS.create(),
                e -> addRow(new ObjectiveDraft(null, "", List.of(), List.of(), List.of())));
        add.setId("add-objective");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
    }

    /** Marks the objectives a pinned comment on a return still waits on, in words as well as colour. */
    void markPinned(java.util.Set<String> open) {
        rows.stream()
                .filter(r -> r.id != null)
                .forEach(r -> org.resilienceroadmap.workflow.ui.PinBoard.mark(r, open, "objective:" + r.id));
    }

    List<ObjectiveDraft> value() {
        return rows.stream().map(Row::value).toList();
    }

    private void addRow(ObjectiveDraft draft) {
        Row row = new Row(draft);
        rows.add(row);
        list.add(row);
    }

    /** One objective: its title and its ties. */
    private final class Row extends Div {
        private final Long id;
        private final TextField title = new TextField();
        private final MultiSelectComboBox<Integer> essentials = new MultiSelectComboBox<>();
        private final MultiSelectComboBox<ObjectiveChoices.HazardChoice> hazards = new MultiSelectComboBox<>();
        private final MultiSelectComboBox<ObjectiveChoices.FindingChoice> findings = new MultiSelectComboBox<>();

        Row(ObjectiveDraft draft) {
            this.id = draft.id();
            addClassName("strategy-objective");
            int n = rows.size();
            title.setLabel(getTranslation("strategy.objective.title"));
            title.setValue(draft.title());
            title.setWidthFull();
            title.setMaxLength(500);
            title.setId("objective-title-" + n);
            essentials.setLabel(getTranslation("strategy.objective.essentials"));
            essentials.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
            essentials.setItemLabelGenerator(e -> e + " · " + getTranslation("essential." + e));
            essentials.setValue(draft.essentials());
            essentials.setId("objective-essentials-" + n);
            hazards.setLabel(getTranslation("strategy.objective.hazards"));
            hazards.setItems(choices.hazards());
            hazards.setItemLabelGenerator(h -> h.messageKey() == null ? h.code() : getTranslation(h.messageKey()));
            hazards.setValue(choices.hazards().stream()
                    .filter(h -> draft.hazards().contains(h.code()))
                    .toList());
            findings.setLabel(getTranslation("strategy.objective.findings"));
            findings.setItems(choices.findings());
            findings.setItemLabelGenerator(f -> "E" + f.essential() + " · " + f.gap());
            findings.setValue(choices.findings().stream()
                    .filter(f -> draft.findingIds().contains(f.id()))
                    .toList());
            findings.setWidth("24em");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(this);
                list.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("strategy.objective.remove"));
            HorizontalLayout ties = new HorizontalLayout(essentials, hazards, findings, remove);
            ties.setWrap(true);
            ties.setAlignItems(Alignment.BASELINE);
            add(title, ties);
        }

        ObjectiveDraft value() {
            return new ObjectiveDraft(
                    id,
                    title.getValue(),
                    essentials.getValue().stream().sorted().toList(),
                    hazards.getValue().stream()
                            .map(ObjectiveChoices.HazardChoice::code)
                            .toList(),
                    findings.getValue().stream()
                            .map(ObjectiveChoices.FindingChoice::id)
                            .toList());
        }
    }
}
