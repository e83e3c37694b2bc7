package org.resilienceroadmap.publication.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;

/** The reader's language for numbers, dates and place names the panels write. */
final class PublicationText {

    private PublicationText() {}

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
