package org.resilienceroadmap.notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A notice as one recipient has it: unread until they open it or mark it read. */
@Entity
@Table(name = "notification")
class Notification extends BaseEntity {

    static final int MAX_KEY = 200;
    static final int MAX_ROUTE = 400;
    static final int MAX_ARGS = 4000;

    private String recipient;
    private Instant createdAt;
    private String messageKey;

    @Convert(converter = NoticeArgs.class)
    private List<String> args;

    private String route;
    private Instant readAt;

    protected Notification() {}

    Notification(String recipient, Notice notice, Instant createdAt) {
        this.recipient = recipient;
        this.messageKey = notice.messageKey();
        this.args = notice.args();
        this.route = notice.route();
        this.createdAt = stored(createdAt);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = stored(at);
        }
    }

    // As precise as the column, so that an instant reads back as it was written.
    private static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    NotificationItem toItem() {
        return new NotificationItem(getId(), new Notice(messageKey, args, route), createdAt, readAt);
    }
}
