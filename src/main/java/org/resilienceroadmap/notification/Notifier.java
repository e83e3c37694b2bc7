package org.resilienceroadmap.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.shared.i18n.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells people about their work: in the app, and by e-mail when an SMTP server is configured. */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationRepository notifications;
    private final PeopleDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(
            NotificationRepository notifications,
            PeopleDirectory people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores one notification per known recipient (duplicates and unknown usernames ignored) in the
     * caller's transaction; after commit, e-mails each recipient who has an e-mail address, in their
     * language, when SMTP is configured. Nothing is stored or sent if the caller's transaction rolls back.
     *
     * @throws IllegalArgumentException if the notice's key, route or arguments are too long to store
     */
    @Transactional
    public void notify(Collection<String> usernames, Notice notice) {
        check(notice);
        Instant now = Instant.now(clock);
        List<NoticeStored.Recipient> mailTo = new ArrayList<>();
        // One read for all recipients: a task for a region's coordinators tells several people at once.
        Map<String, Person> known = people
                .findByUsernames(
                        usernames.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Person::getUsername, p -> p));
        for (String username : new LinkedHashSet<>(usernames)) {
            Person person = username == null ? null : known.get(username);
            if (person == null) {
                log.debug("No notification {} for the unknown user {}", notice.messageKey(), username);
                continue;
            }
            notifications.save(new Notification(person.getUsername(), notice, now));
            if (person.isEnabled()
                    && person.getEmail() != null
                    && !person.getEmail().isBlank()) {
                mailTo.add(new NoticeStored.Recipient(
                        person.getUsername(),
                        person.getDisplayName(),
                        person.getEmail(),
                        Languages.of(person.getLanguage())));
            }
        }
        if (!mailTo.isEmpty()) {
            events.publishEvent(new NoticeStored(notice, List.copyOf(mailTo)));
        }
    }

    private static void check(Notice notice) {
        if (notice.messageKey().length() > Notification.MAX_KEY
                || notice.route().length() > Notification.MAX_ROUTE
                || NoticeArgs.json(notice.args()).length() > Notification.MAX_ARGS) {
            throw new IllegalArgumentException("The notice " + notice.messageKey() + " is too long to store");
        }
    }
}
