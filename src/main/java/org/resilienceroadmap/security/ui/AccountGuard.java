package org.resilienceroadmap.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.resilienceroadmap.security.AccountService;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.i18n.Languages;
import org.springframework.stereotype.Component;

/**
 * Before any page: a person with a one-time password goes to the password page first, and the
 * session speaks the language the person chose last time.
 */
@Component
class AccountGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    AccountGuard(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
                    if (currentUser.username().isEmpty()) {
                        return;
                    }
                    VaadinSession session = VaadinSession.getCurrent();
                    if (session.getAttribute(AccountGuard.class) == null) {
                        session.setAttribute(AccountGuard.class, this);
                        String language = currentUser.scope().language();
                        session.setLocale(Languages.of(language));
                        ui.getUI().setLocale(Languages.of(language));
                    }
                    if (enter.getNavigationTarget() != PasswordView.class && accounts.passwordChangeRequired()) {
                        enter.rerouteTo(PasswordView.class);
                    }
                }));
    }
}
