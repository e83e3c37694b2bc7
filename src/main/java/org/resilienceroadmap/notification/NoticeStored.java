package org.resilienceroadmap.notification;

import java.util.List;
import java.util.Locale;

/**
 * Notifications were stored for a notice; after the commit, these recipients get it by e-mail.
 * Their addresses travel with the event because the mailer runs after the transaction, when the
 * directory is no longer read in it.
 */
record NoticeStored(Notice notice, List<Recipient> recipients) {

    record Recipient(String username, String displayName, String email, Locale locale) {}
}
