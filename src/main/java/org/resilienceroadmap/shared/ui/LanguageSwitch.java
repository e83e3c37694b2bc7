package org.resilienceroadmap.shared.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import org.resilienceroadmap.shared.i18n.Languages;

/** Chooses the language of the session; each language is named in itself. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(Consumer<Locale> onChange) {
        setId("language-switch");
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(locale -> getTranslation(Languages.nameKey(locale)));
        setValue(Languages.of(UI.getCurrent().getLocale().toLanguageTag()));
        setAriaLabel(getTranslation("language.choose"));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().setLocale(event.getValue());
                onChange.accept(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
