package org.resilienceroadmap.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.AccountService;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weekly digest: a person reads the tasks waiting for them and the overdue actions of their cities, in
 * their language, and nothing of other cities; to whom nothing waits, or who switched it off, nothing goes.
 */
class WeeklyDigestTests extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(33025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    WeeklyDigest digests;

    @Autowired
    DigestMail mail;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actions;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    AccountService accounts;

    @Test
    void aChairReadsTheirWaitingTasksAndTheirCitysOverdueActionsInTheirLanguageAndNothingElse() throws Exception {
        TestCity city = fixtures.newCity();
        Long strategy = actions.adoptedStrategy(city);
        Long late = actions.approved(
                        city, strategy, "Late sirens", LocalDate.now().minusDays(10))
                .getId();
        Long fresh = actions.proposed(
                        city, strategy, "Fresh proposal", LocalDate.now().plusMonths(9))
                .getId();
        String reader = person(Role.CHAIR, city.id(), "ru");
        TestCity elsewhere = fixtures.newCity();
        String outsider = person(Role.CHAIR, elsewhere.id(), "sr-Latn");

        WeeklyDigest.Digest digest = digests.of(reader);

        String review = actions.task(city.chair(), fresh, "Task_ReviewAction").id();
        assertThat(digest.waiting())
                .contains(new WeeklyDigest.Line(
                        "Рассмотреть предложенное мероприятие, Test city " + city.code(), "tasks/" + review));
        assertThat(digest.overdue()).extracting(WeeklyDigest.Line::route).containsExactly("actions/" + late);
        assertThat(digest.overdue().get(0).text()).startsWith("Late sirens, Test city " + city.code() + ", срок ");
        assertThat(digests.of(outsider).isEmpty())
                .as("another city's chair reads none of it")
                .isTrue();
        assertThat(digests.readers()).contains(reader, outsider);

        assertThat(mail.send(outsider)).as("nothing waits for the outsider").isFalse();
        assertThat(mail.send(reader)).isTrue();

        MimeMessage sent = only(reader);
        assertThat(sent.getSubject()).startsWith("Дорожная карта устойчивости: ваша неделя");
        assertThat((String) sent.getContent())
                .startsWith("Здравствуйте, Person " + reader)
                .contains("Late sirens", "https://roadmap.test/actions/" + late, "https://roadmap.test/tasks/" + review)
                .contains("https://roadmap.test/account/password")
                .doesNotContain("Hello", elsewhere.code());
        assertThat(to(outsider)).isEmpty();
    }

    @Test
    void whoSwitchedTheDigestOffGetsNone() {
        TestCity city = fixtures.newCity();
        Long strategy = actions.adoptedStrategy(city);
        actions.approved(city, strategy, "Late drills", LocalDate.now().minusDays(10));
        String reader = person(Role.COORDINATOR, city.id(), "en");
        assertThat(digests.of(reader).isEmpty())
                .as("something is overdue in the coordinator's scope: only the switch keeps the mail away")
                .isFalse();

        as(reader, () -> accounts.changeWeeklyDigest(false));

        assertThat(digests.readers()).doesNotContain(reader);
        assertThat(mail.send(reader)).isFalse();
        assertThat(to(reader)).isEmpty();
    }

    private String person(Role role, Long jurisdiction, String language) {
        String username = "digest." + language.toLowerCase() + "." + System.nanoTime();
        Long id = people.create(
                        new NewPerson(username, "Person " + username, username + "@example.org", "Test", language),
                        passwords.hash("demo"),
                        false)
                .getId();
        people.addMembership(id, role, jurisdiction, null);
        return username;
    }

    private MimeMessage only(String username) {
        List<MimeMessage> received = to(username);
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private List<MimeMessage> to(String username) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(
                                        a -> ((InternetAddress) a).getAddress().equals(username + "@example.org"));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
