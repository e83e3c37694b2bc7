package org.resilienceroadmap.notification;

import java.time.Instant;

/** One notification of the signed-in person, as the inbox lists it. */
public record NotificationItem(Long id, Notice notice, Instant createdAt, Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
