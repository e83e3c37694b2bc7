package org.resilienceroadmap.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifying stores one notification per known recipient; each person reads and marks only their own. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationInboxTests extends IntegrationTest {

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationInbox inbox;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void storesOneNotificationPerKnownRecipientIgnoringDuplicatesAndUnknownNames() {
        TestCity city = fixtures.newCity();
        Notice joined = new Notice("jurisdiction.joined", List.of(city.code()), "/jurisdictions/" + city.id());

        notifier.notify(List.of(city.chair(), city.member(), city.chair(), "nobody.at.all"), joined);

        List<NotificationItem> chairs =
                as(city.chair(), () -> inbox.mine(false, PageRequest.of(0, 10)).getContent());
        assertThat(chairs).singleElement().satisfies(n -> {
            assertThat(n.notice())
                    .isEqualTo(new Notice("jurisdiction.joined", List.of(city.code()), "jurisdictions/" + city.id()));
            assertThat(n.createdAt()).isNotNull();
            assertThat(n.isRead()).isFalse();
        });
        assertThat(as(city.member(), () -> inbox.unreadCount())).isEqualTo(1);
        assertThat(as(city.coordinator(), () -> inbox.count(false))).isZero();
    }

    @Test
    void listsNewestFirstAndFiltersTheUnreadOnes() {
        TestCity city = fixtures.newCity();
        for (int i = 1; i <= 3; i++) {
            notifier.notify(List.of(city.chair()), new Notice("jurisdiction.joined", List.of("city " + i), "tasks"));
        }
        List<NotificationItem> all =
                as(city.chair(), () -> inbox.mine(false, PageRequest.of(0, 10)).getContent());
        assertThat(all).extracting(n -> n.notice().args().get(0)).containsExactly("city 3", "city 2", "city 1");
        assertThat(as(
                        city.chair(),
                        () -> inbox.mine(false, PageRequest.of(1, 2)).getContent()))
                .extracting(n -> n.notice().args().get(0))
                .containsExactly("city 1");

        as(city.chair(), () -> inbox.markRead(all.get(1).id()));

        assertThat(as(
                        city.chair(),
                        () -> inbox.mine(true, PageRequest.of(0, 10)).getContent()))
                .extracting(n -> n.notice().args().get(0))
                .containsExactly("city 3", "city 1");
        assertThat(as(city.chair(), () -> inbox.unreadCount())).isEqualTo(2);
        assertThat(as(city.chair(), () -> inbox.count(false))).isEqualTo(3);
    }

    @Test
    void marksOnlyTheCallersOwnNotificationRead() {
        TestCity city = fixtures.newCity();
        notifier.notify(List.of(city.chair()), new Notice("jurisdiction.joined", List.of(city.code()), "tasks"));
        Long id = as(
                city.chair(),
                () -> inbox.mine(false, PageRequest.of(0, 1))
                        .getContent()
                        .get(0)
                        .id());

        assertThatThrownBy(() -> as(city.member(), () -> inbox.markRead(id))).isInstanceOf(NotFoundException.class);
        assertThat(as(city.chair(), () -> inbox.unreadCount())).isEqualTo(1);

        NotificationItem read = as(city.chair(), () -> inbox.markRead(id));
        assertThat(read.isRead()).isTrue();
        assertThat(as(city.chair(), () -> inbox.markRead(id)).readAt())
                .as("reading again keeps the first time")
                .isEqualTo(read.readAt());
        assertThat(as(city.chair(), () -> inbox.unreadCount())).isZero();
    }

    @Test
    void marksAllOfTheCallersNotificationsReadAndNobodyElses() {
        TestCity city = fixtures.newCity();
        Notice notice = new Notice("jurisdiction.joined", List.of(city.code()), "tasks");
        notifier.notify(List.of(city.chair(), city.member()), notice);
        notifier.notify(List.of(city.chair(), city.member()), notice);

        assertThat(as(city.chair(), () -> inbox.markAllRead())).isEqualTo(2);

        assertThat(as(city.chair(), () -> inbox.unreadCount())).isZero();
        assertThat(as(
                        city.chair(),
                        () -> inbox.mine(false, PageRequest.of(0, 10)).getContent()))
                .hasSize(2)
                .allMatch(NotificationItem::isRead);
        assertThat(as(city.member(), () -> inbox.unreadCount())).isEqualTo(2);
        assertThat(as(city.chair(), () -> inbox.markAllRead())).isZero();
    }

    @Test
    void storesNothingWhenTheCallersTransactionRollsBack() {
        TestCity city = fixtures.newCity();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifier.notify(List.of(city.chair()), new Notice("jurisdiction.joined", List.of(city.code()), "tasks"));
            status.setRollbackOnly();
        });
        assertThat(as(city.chair(), () -> inbox.count(false))).isZero();
    }

    @Test
    void keepsTheNotificationWhenTheMailServerCannotBeReached(CapturedOutput output) {
        // No GreenMail runs in this class: the configured SMTP port refuses the connection.
        String username = "mail.down." + System.nanoTime();
        people.create(
                new NewPerson(username, "Mail Down", username + "@example.org", "Test", "en"),
                passwords.hash("demo"),
                false);

        notifier.notify(List.of(username), new Notice("jurisdiction.joined", List.of("Kraljevo"), "tasks"));

        assertThat(as(username, () -> inbox.unreadCount())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(output.getAll())
                        .containsIgnoringCase("e-mails about jurisdiction.joined could not be sent"));
    }

    @Test
    void refusesANoticeWithoutAKeyAndAnInboxWithoutASignedInPerson() {
        assertThatThrownBy(() -> new Notice(" ", List.of(), "tasks")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifier.notify(
                        List.of("chair.dushanbe"),
                        new Notice("jurisdiction.joined", List.of("x".repeat(5000)), "tasks")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inbox.unreadCount()).isInstanceOf(ForbiddenException.class);
    }
}
