package org.resilienceroadmap.notification.ui;

import com.vaadin.flow.component.Component;
import org.resilienceroadmap.notification.NotificationInbox;
import org.resilienceroadmap.shared.ui.NavbarContribution;

/** Puts the notification bell into the header of every page. */
@org.springframework.stereotype.Component
class NotificationBellContribution implements NavbarContribution {

    private final NotificationInbox inbox;

    NotificationBellContribution(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public Component create() {
        return new NotificationBell(inbox);
    }
}
