package org.resilienceroadmap.shared.i18n;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Vaadin reads its texts from the same bundles as the rest of the application (messages*.properties). */
@Component
class MessageBundleI18NProvider implements I18NProvider {

    private final MessageSource messages;

    MessageBundleI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale);
        } catch (NoSuchMessageException e) {
            // Visible in the page so that a missing key is noticed, and caught by BundleCompletenessTests.
            return "!" + key;
        }
    }
}
