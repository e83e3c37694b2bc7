package org.resilienceroadmap.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the commit, each recipient with an address gets the notice by e-mail in their language, with
 * an absolute link; GreenMail stands in for the SMTP server that application-test.properties names.
 */
class NotificationMailTests extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(33025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationInbox inbox;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void mailsEachRecipientWithAnAddressInTheirLanguageWithALinkToThePage() throws Exception {
        String english = person("en", true);
        String russian = person("ru", true);
        String noAddress = person("en", false);

        notifier.notify(
                List.of(english, russian, noAddress),
                new Notice("jurisdiction.joined", List.of("Kraljevo"), "jurisdictions/42"));

        assertThat(arrived(20_000, english, russian)).as("two e-mails arrive").isTrue();
        MimeMessage toEnglish = only(english);
        assertThat(toEnglish.getSubject())
                .isEqualTo(
                        "Resilience Roadmap: Kraljevo has joined MCR2030; its working group's chair has the first task.");
        assertThat(((InternetAddress) toEnglish.getFrom()[0]).getAddress()).isEqualTo("resilience-roadmap@localhost");
        assertThat(((InternetAddress) toEnglish.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Person " + english);
        assertThat(body(toEnglish))
                .contains("Hello Person " + english)
                .contains("Kraljevo has joined MCR2030")
                .contains("https://roadmap.test/jurisdictions/42");

        MimeMessage toRussian = only(russian);
        assertThat(toRussian.getSubject())
                .isEqualTo("Дорожная карта устойчивости: Kraljevo присоединилась к MCR2030; "
                        + "первая задача — у председателя рабочей группы.");
        assertThat(body(toRussian))
                .contains("Здравствуйте, Person " + russian)
                .contains("https://roadmap.test/jurisdictions/42");

        assertThat(as(noAddress, () -> inbox.unreadCount()))
                .as("in the app all the same")
                .isEqualTo(1);
    }

    @Test
    void mailsASerbianAccountInSerbian() throws Exception {
        String serbian = person("sr-Latn", true);

        notifier.notify(
                List.of(serbian),
                new Notice("action.notice.overdue", List.of("Obnova škole br. 4", "28. feb 2027."), "actions/5"));

        assertThat(arrived(20_000, serbian)).isTrue();
        MimeMessage toSerbian = only(serbian);
        assertThat(toSerbian.getSubject())
                .isEqualTo("Mapa puta otpornosti: Meri „Obnova škole br. 4“ je istekao "
                        + "rok (28. feb 2027.): koordinator ga produžava ili meru otkazuje.");
        assertThat(body(toSerbian))
                .startsWith("Poštovani/a Person " + serbian)
                .contains("Otvorite u aplikaciji Mapa puta otpornosti:", "https://roadmap.test/actions/5")
                .doesNotContain("Hello", "You receive");
    }

    @Test
    void mailsNothingWhenTheTransactionRollsBack() throws Exception {
        String rolledBack = person("en", true);
        String committed = person("en", true);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifier.notify(List.of(rolledBack), new Notice("jurisdiction.joined", List.of("Vranje"), "tasks"));
            status.setRollbackOnly();
        });
        // Mail goes out in order on one thread: once the later notice has arrived, the earlier one would have too.
        notifier.notify(List.of(committed), new Notice("jurisdiction.joined", List.of("Niš"), "tasks"));

        assertThat(arrived(20_000, committed)).isTrue();
        assertThat(only(committed).getSubject()).contains("Niš");
        assertThat(to(rolledBack)).isEmpty();
        assertThat(as(rolledBack, () -> inbox.mine(false, PageRequest.of(0, 10)).getContent()))
                .isEmpty();
    }

    /**
     * Whether each of these people has had an e-mail within the time. Counting theirs, not any: a notice
     * queued before GreenMail started (the demo data's, say) may be delivered meanwhile.
     */
    private boolean arrived(long millis, String... usernames) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (Arrays.stream(usernames).anyMatch(u -> to(u).isEmpty())) {
            if (System.currentTimeMillis() > until) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private String person(String language, boolean withAddress) {
        String username = "mail." + language + "." + System.nanoTime();
        people.create(
                new NewPerson(username, "Person " + username, withAddress ? address(username) : null, "Test", language),
                passwords.hash("demo"),
                false);
        return username;
    }

    private static String address(String username) {
        return username + "@example.org";
    }

    private MimeMessage only(String username) throws Exception {
        List<MimeMessage> received = to(username);
        assertThat(received).as("e-mails to " + username).hasSize(1);
        return received.get(0);
    }

    private List<MimeMessage> to(String username) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(
                                        a -> ((InternetAddress) a).getAddress().equals(address(username)));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String body(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }
}
