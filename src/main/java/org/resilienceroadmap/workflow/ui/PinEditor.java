package org.resilienceroadmap.workflow.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.resilienceroadmap.workflow.PinTarget.PinItem;
import org.resilienceroadmap.workflow.PinnedComments;
import org.resilienceroadmap.workflow.PinnedComments.NewPin;
import org.resilienceroadmap.workflow.TaskItem;

/**
 * Comments the decider pins to items of what they return, several per return: pick the item, write
 * the comment, pin it; they go with the return and wait there for an answer.
 */
class PinEditor extends VerticalLayout implements TaskFields {

    private final TaskItem task;
    private final PinnedComments pins;
    private final List<Pinned> pinned = new ArrayList<>();
    private final ComboBox<PinItem> item = new ComboBox<>();
    private final TextArea text = new TextArea();
    private final VerticalLayout list = new VerticalLayout();

    private record Pinned(PinItem item, String text) {}

    PinEditor(TaskItem task, PinnedComments pins) {
        this.task = task;
        this.pins = pins;
        setPadding(false);
        setId("pin-editor");
        item.setLabel(getTranslation("pin.editor.item"));
        item.setId("pin-item");
        item.setItems(pins.items(task, getLocale()));
        item.setItemLabelGenerator(PinItem::label);
        item.setWidthFull();
        text.setLabel(getTranslation("pin.editor.text"));
        text.setId("pin-text");
        text.setMaxLength(PinnedComments.MAX_TEXT);
        text.setWidthFull();
        Button add = new Button(getTranslation("pin.editor.add"), e -> add());
        add.setId("pin-add");
        list.setPadding(false);
        list.setId("pin-list");
        add(
                new H3(getTranslation("pin.editor.title")),
                new Paragraph(getTranslation("pin.editor.intro")),
                item,
                text,
                add,
                list);
    }

    private void add() {
        if (item.getValue() == null) {
            item.setInvalid(true);
            item.setErrorMessage(getTranslation("pin.editor.pickItem"));
            return;
        }
        if (text.getValue().isBlank()) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("pin.editor.writeText"));
            return;
        }
        if (pinned.size() >= PinnedComments.MAX_PINS) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("pin.editor.tooMany", PinnedComments.MAX_PINS));
            return;
        }
        pinned.add(new Pinned(item.getValue(), text.getValue().strip()));
        item.clear();
        item.setInvalid(false);
        text.clear();
        text.setInvalid(false);
        showList();
    }

    private void showList() {
        list.removeAll();
        for (Pinned p : pinned) {
            Button remove = new Button(getTranslation("pin.editor.remove"), e -> {
                pinned.remove(p);
                showList();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Span label = new Span(getTranslation("pin.editor.on", p.item().label()));
            label.getStyle().set("font-weight", "600");
            Div row = new Div(label, new Paragraph(p.text()), new HorizontalLayout(remove));
            row.addClassName("pin-draft");
            list.add(row);
        }
    }

    /** A comment written but not pinned would be lost; pins on an outcome that returns nothing would be refused. */
    @Override
    public Optional<String> problem(String outcome) {
        if (!text.getValue().isBlank()) {
            return Optional.of(getTranslation("pin.editor.notPinned"));
        }
        if (!pinned.isEmpty() && !pins.returns(task, outcome)) {
            return Optional.of(getTranslation("pin.editor.onlyWithReturn"));
        }
        return Optional.empty();
    }

    @Override
    public Map<String, Object> fields(String outcome) {
        if (pinned.isEmpty() || !pins.returns(task, outcome)) {
            return Map.of();
        }
        return Map.of(
                PinnedComments.FIELD,
                pinned.stream().map(p -> new NewPin(p.item().key(), p.text())).toList());
    }
}
