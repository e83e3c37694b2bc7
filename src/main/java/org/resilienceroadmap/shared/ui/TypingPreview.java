package org.resilienceroadmap.shared.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Follows a text field as the person types (a live preview, a character count) without putting
 * what is saved at risk. A field in {@code LAZY} or {@code TIMEOUT} mode sends its value only after a pause,
 * so a click on Save right after typing stores the text as it was before the last keystrokes. Here the
 * value the server keeps is synchronised on {@code change} — the browser fires it when the field loses
 * focus, before the click on a button reaches the server — and the preview hears the typing apart from it.
 * <p>
 * Use it instead of {@code setValueChangeMode(LAZY)} on any field whose value a button then stores.
 */
public final class TypingPreview {

    /** How long typing pauses before the preview is redrawn. */
    public static final int PAUSE_MILLIS = 300;

    private TypingPreview() {}

    /**
     * Shows the field's text in {@code preview} while it is typed (after a short pause) and whenever its
     * value changes, and makes the value the server keeps the one on screen when a button is clicked.
     */
    public static <C extends AbstractField<C, String> & HasValueChangeMode> void follow(
            C field, SerializableConsumer<String> preview) {
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> preview.accept(e.getValue()));
        onTyping(field, preview);
    }

    private static void onTyping(Component field, SerializableConsumer<String> preview) {
        // event.target is the native input or textarea (slotted in the light DOM), whose value is the typed text.
        field.getElement()
                .addEventListener("input", e -> preview.accept(e.getEventData().getString("event.target.value")))
                .addEventData("event.target.value")
                .debounce(PAUSE_MILLIS);
    }
}
