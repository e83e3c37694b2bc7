package org.resilienceroadmap.notification.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.notification.NotificationInbox;
import org.resilienceroadmap.notification.NotificationItem;
import org.resilienceroadmap.shared.ui.Notifications;
import org.springframework.data.domain.PageRequest;

/** The signed-in person's notifications, newest first, loaded a page at a time; opening one marks it read. */
@Route("notifications")
@Menu(order = 8, title = "nav.notifications", icon = "vaadin:bell")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationInbox inbox;
    private final Grid<NotificationItem> grid = new Grid<>();
    private final Checkbox unreadOnly = new Checkbox();

    NotificationsView(NotificationInbox inbox) {
        this.inbox = inbox;
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("notification-grid");
        grid.addComponentColumn(this::state)
                .setKey("state")
                .setHeader(getTranslation("notification.column.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::link)
                .setKey("message")
                .setHeader(getTranslation("notification.column.message"))
                .setFlexGrow(3);
        grid.addColumn(n -> time.format(n.createdAt()))
                .setKey("time")
                .setHeader(getTranslation("notification.column.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                query ->
                        inbox
                                .mine(unreadOnly.getValue(), PageRequest.of(query.getPage(), query.getPageSize()))
                                .stream(),
                query -> (int) inbox.count(unreadOnly.getValue()));
        grid.setEmptyStateText(getTranslation("notification.none"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("70vh");

        unreadOnly.setId("notification-unread-only");
        unreadOnly.setLabel(getTranslation("notification.unreadOnly"));
        unreadOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button markAllRead = new Button(getTranslation("notification.markAllRead"), e -> markAllRead());
        markAllRead.setId("notification-mark-all-read");
        HorizontalLayout tools = new HorizontalLayout(unreadOnly, markAllRead);
        tools.setAlignItems(Alignment.BASELINE);

        setSizeFull();
        add(new H1(getTranslation("nav.notifications")), tools, grid);
    }

    private Component state(NotificationItem item) {
        Span state = new Span(getTranslation(item.isRead() ? "notification.read" : "notification.unread"));
        state.getElement().getThemeList().add(item.isRead() ? "badge contrast" : "badge");
        return state;
    }

    private Component link(NotificationItem item) {
        Button open = new Button(
                getTranslation(item.notice().messageKey(), item.notice().args().toArray()), e -> open(item));
        open.setId("open-notification-" + item.id());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        if (!item.isRead()) {
            open.getStyle().set("font-weight", "600");
        }
        return open;
    }

    private void open(NotificationItem item) {
        if (!item.isRead()) {
            inbox.markRead(item.id());
        }
        UI.getCurrent().navigate(item.notice().route());
    }

    private void markAllRead() {
        int marked = inbox.markAllRead();
        grid.getDataProvider().refreshAll();
        ComponentUtil.fireEvent(UI.getCurrent(), new UnreadCountChanged(UI.getCurrent()));
        Notifications.success(getTranslation(
                org.resilienceroadmap.shared.i18n.Plurals.key("notification.allMarked", marked, getLocale()), marked));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications");
    }
}
