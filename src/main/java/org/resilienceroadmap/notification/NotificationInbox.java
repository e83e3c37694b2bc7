package org.resilienceroadmap.notification;

import java.time.Clock;
import java.time.Instant;

import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's notifications: a page of them, newest first, how many are unread, and
 * marking them read. Someone else's notification does not exist for the caller (404).
 */
@Service
@Transactional(readOnly = true)
public class NotificationInbox {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationInbox(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The page asked for (its number and size; its sort is ignored), newest first, optionally unread ones only. */
    public Page<NotificationItem> mine(boolean unreadOnly, Pageable page) {
        String me = me();
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST);
        Page<Notification> found = unreadOnly
                ? notifications.findByRecipientAndReadAtIsNull(me, newestFirst)
                : notifications.findByRecipient(me, newestFirst);
        return found.map(Notification::toItem);
    }

    public long count(boolean unreadOnly) {
        String me = me();
        return unreadOnly ? notifications.countByRecipientAndReadAtIsNull(me) : notifications.countByRecipient(me);
    }

    public long unreadCount() {
        return count(true);
    }

    /** Marks one of the caller's notifications read; reading it again changes nothing. */
    @Transactional
    public NotificationItem markRead(Long id) {
        Notification notification = notifications
                .findByIdAndRecipient(id, me())
                .orElseThrow(() -> new NotFoundException("Notification", id));
        notification.markRead(Instant.now(clock));
        return notification.toItem();
    }

    /** Marks every unread notification of the caller read; answers how many that were. */
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), Instant.now(clock));
    }

    // The name is all a notification needs; the full scope would cost the header bell several queries per page.
    private String me() {
        return currentUser.username().orElseThrow(() -> new ForbiddenException("Sign in first"));
    }
}
