package org.resilienceroadmap.notification.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.notification.NotificationInbox;
import org.resilienceroadmap.notification.NotificationItem;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.i18n.Languages;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationController {

    private final NotificationInbox inbox;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    NotificationController(NotificationInbox inbox, CurrentUser currentUser, MessageSource messages) {
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first; text in the caller's language")
    PageResponse<NotificationJson> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "false") boolean unreadOnly) {
        Locale locale = locale();
        return PageResponse.of(
                inbox.mine(unreadOnly, PageResponse.request(page, size)).map(n -> json(n, locale)));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    Unread unreadCount() {
        return new Unread(inbox.unreadCount());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read; 404 for anyone else's")
    NotificationJson read(@PathVariable Long id) {
        return json(inbox.markRead(id), locale());
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all the caller's notifications read")
    Marked readAll() {
        return new Marked(inbox.markAllRead());
    }

    private Locale locale() {
        return Languages.of(currentUser.scope().language());
    }

    private NotificationJson json(NotificationItem n, Locale locale) {
        var notice = n.notice();
        String text = messages.getMessage(notice.messageKey(), notice.args().toArray(), notice.messageKey(), locale);
        return new NotificationJson(
                n.id(),
                notice.messageKey(),
                notice.args(),
                notice.route(),
                text,
                n.createdAt(),
                n.readAt(),
                n.isRead());
    }

    record NotificationJson(
            Long id,
            String messageKey,
            List<String> args,
            String route,
            String text,
            Instant createdAt,
            Instant readAt,
            boolean read) {}

    record Unread(long unread) {}

    record Marked(int marked) {}
}
