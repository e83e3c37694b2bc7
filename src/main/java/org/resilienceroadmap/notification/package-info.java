/**
 * Notifications: what the application tells people about their work, in the app and — when an SMTP
 * server is configured — by e-mail.
 * <p>
 * Other modules call {@link org.resilienceroadmap.notification.Notifier} with a
 * {@link org.resilienceroadmap.notification.Notice}: a message key of the bundles (by convention
 * {@code notice.<module>.<what happened>}), its arguments and the route it is about. One notification
 * is stored per recipient in the caller's transaction; after that commits, each recipient with an
 * e-mail address gets a copy in their own language, with an absolute link
 * ({@link org.resilienceroadmap.notification.NotificationSettings}). A mail that cannot be sent is
 * logged; the notification stays. {@link org.resilienceroadmap.notification.NotificationInbox} is
 * the signed-in person's read side: their notifications, newest first, and marking them read. The
 * page {@code notifications}, the header bell and {@code /api/v1/notifications} sit on top of it.
 * <p>
 * Depends on {@code shared}, {@code directory} (recipients' addresses and languages) and
 * {@code security} (who is signed in).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"directory", "security", "shared"})
package org.resilienceroadmap.notification;
