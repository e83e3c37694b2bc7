package org.resilienceroadmap.escalation;

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
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.notification.NotificationInbox;
import org.resilienceroadmap.notification.NotificationItem;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A waiting gate reminds the coordinators nearest the city and then tells the level above — each in their own
 * language, by e-mail too — and both steps are in the city's audit trail. GreenMail stands in for SMTP.
 */
class CoordinatorEscalationTests extends IntegrationTest {

    /** The region above every Central Asian country of the demo; a Russian reader with an address. */
    private static final String REGION_COORDINATOR = "coordinator.centralasia";

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(33025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    CoordinatorEscalation escalation;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    NotificationInbox inbox;

    @Autowired
    AuditLog audit;

    @Test
    void remindsTheNearestCoordinatorsThenTellsTheLevelAboveEachInTheirLanguage() throws Exception {
        Long country = fixtures.newCountry();
        Long city = city(country);
        String serbian = coordinator(country, "sr-Latn");
        String taskId = "gate-" + System.nanoTime();
        WaitingTask gate = new WaitingTask("roadmap", "Task_StageAGate", taskId, "JURISDICTION", city.toString(), city);

        escalation.remind(gate);

        assertThat(arrived(serbian)).isTrue();
        assertThat(only(serbian).getSubject())
                .contains("Podsetnik: prelaz faze A (Bolje znati) za Escalation city")
                .contains("još čeka vašu odluku");
        assertThat(about(serbian, taskId)).containsExactly("notice.escalation.remind.roadmap.Task_StageAGate");
        assertThat(about(REGION_COORDINATOR, taskId))
                .as("the level above is not told yet")
                .isEmpty();

        escalation.escalate(gate);

        assertThat(about(REGION_COORDINATOR, taskId))
                .containsExactly("notice.escalation.escalate.roadmap.Task_StageAGate");
        assertThat(about(serbian, taskId)).as("the reminded are not told twice").hasSize(1);
        assertThat(mailsTo(REGION_COORDINATOR, "Переход этапа A («Знать лучше») для Escalation city"))
                .isTrue();

        List<AuditRecord> trail = audit.history("JURISDICTION", city.toString());
        assertThat(trail).extracting(AuditRecord::getAction).contains("escalation:remind", "escalation:escalate");
        assertThat(trail)
                .filteredOn(r -> r.getAction().equals("escalation:remind"))
                .extracting(AuditRecord::getComment)
                .containsExactly("told " + serbian);
        assertThat(trail)
                .filteredOn(r -> r.getAction().equals("escalation:escalate"))
                .extracting(AuditRecord::getComment)
                .containsExactly("told " + REGION_COORDINATOR);
    }

    @Test
    void aTaskAtTheTopLevelHasNobodyAboveAndTheTrailSaysSo() {
        Long region = jurisdictions.get(fixtures.newCountry()).getParentId();
        String taskId = "top-" + System.nanoTime();
        WaitingTask top = new WaitingTask("roadmap", "Task_StageAGate", taskId, "JURISDICTION", region + "x", region);

        escalation.escalate(top);

        assertThat(about(REGION_COORDINATOR, taskId)).isEmpty();
        assertThat(audit.history("JURISDICTION", region + "x"))
                .extracting(AuditRecord::getComment)
                .containsExactly("nobody to tell");
    }

    private Long city(Long country) {
        String code = "QE" + System.nanoTime() % 1_000_000;
        return jurisdictions
                .create(new NewJurisdiction(code, "Escalation city " + code, null, JurisdictionLevel.CITY, country))
                .getId();
    }

    private String coordinator(Long jurisdiction, String language) {
        String username = "esc." + language.toLowerCase() + "." + System.nanoTime();
        Long id = people.create(
                        new NewPerson(username, "Person " + username, username + "@example.org", "Test", language),
                        passwords.hash("demo"),
                        false)
                .getId();
        people.addMembership(id, Role.COORDINATOR, jurisdiction, null);
        return username;
    }

    /** The keys of the person's notices that link to this task. */
    private List<String> about(String username, String taskId) {
        return as(username, () -> inbox.mine(false, PageRequest.of(0, 200)).getContent()).stream()
                .map(NotificationItem::notice)
                .filter(n -> n.route().equals("tasks/" + taskId))
                .map(n -> n.messageKey())
                .toList();
    }

    private boolean arrived(String username) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (to(username).isEmpty()) {
            if (System.currentTimeMillis() > until) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private boolean mailsTo(String username, String subjectPart) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : to(username)) {
                if (m.getSubject().contains(subjectPart)) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
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
