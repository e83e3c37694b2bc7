package org.resilienceroadmap.security;

import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.shared.ui.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Remembers the language a person chose, and applies it when they sign in again. */
@Component
class LanguagePreference {

    private final AccountService accounts;

    LanguagePreference(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(LanguageChosen event) {
        accounts.changeLanguage(Languages.tag(event.locale()));
    }
}
