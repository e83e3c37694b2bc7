package org.resilienceroadmap.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.resilienceroadmap.notification.NotificationInbox;

/** The header's link to the notifications page, with the number of unread ones; counted again on every page. */
class NotificationBell extends RouterLink {

    private static final long MOST_SHOWN = 99;

    private final NotificationInbox inbox;
    private final Span count = new Span();
    private Registration navigation;
    private Registration changes;

    NotificationBell(NotificationInbox inbox) {
        super(NotificationsView.class);
        this.inbox = inbox;
        setId("notification-bell");
        addClassName("notification-bell");
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        add(VaadinIcon.BELL.create(), count);
        refresh();
    }

    void refresh() {
        long unread = inbox.unreadCount();
        count.setText(unread > MOST_SHOWN ? MOST_SHOWN + "+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = getTranslation("notification.bell", unread);
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // The layout, and so the bell, outlives navigation: count again whenever the page changes.
        navigation = event.getUI().addAfterNavigationListener(e -> refresh());
        changes = ComponentUtil.addListener(event.getUI(), UnreadCountChanged.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        navigation.remove();
        changes.remove();
        super.onDetach(event);
    }
}
