package org.resilienceroadmap.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.security.AccountService;
import org.resilienceroadmap.shared.ui.Notifications;

/** The account page's switch for the weekly digest e-mail: what waits for the person and what is overdue. */
class WeeklyDigestSwitch extends VerticalLayout {

    WeeklyDigestSwitch(AccountService accounts) {
        setPadding(false);
        Checkbox wanted = new Checkbox(getTranslation("account.digest.switch"), accounts.wantsWeeklyDigest());
        wanted.setId("weekly-digest");
        wanted.addValueChangeListener(e -> {
            accounts.changeWeeklyDigest(e.getValue());
            Notifications.success(getTranslation(e.getValue() ? "account.digest.on" : "account.digest.off"));
        });
        add(
                new H2(getTranslation("account.digest.title")),
                new Paragraph(getTranslation("account.digest.intro")),
                wanted);
    }
}
