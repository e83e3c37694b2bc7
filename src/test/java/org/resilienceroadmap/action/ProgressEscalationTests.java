package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.notification.NotificationInbox;
import org.resilienceroadmap.notification.NotificationItem;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The steps of an undone progress report reach the right people: the owner, then the city's chair, then the
 * coordinators nearest the city (not those further up); each step is in the action's audit trail.
 */
class ProgressEscalationTests extends IntegrationTest {

    @Autowired
    ProgressEscalation escalation;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actions;

    @Autowired
    NotificationInbox inbox;

    @Autowired
    AuditLog audit;

    @Test
    void theOwnerIsRemindedThenTheChairThenTheNearestCoordinatorsAreTold() {
        TestCity city = fixtures.newCity();
        Long strategy = actions.adoptedStrategy(city);
        Long id = actions.proposed(
                        city,
                        strategy,
                        "Sirens in every district",
                        LocalDate.now().plusMonths(8))
                .getId();

        escalation.remindOwner(id);
        assertThat(about(city.member(), id)).containsExactly("action.notice.progressReminder");
        assertThat(about(city.chair(), id)).isEmpty();

        escalation.escalateToChair(id);
        assertThat(about(city.chair(), id)).containsExactly("action.notice.progressToChair");
        assertThat(about(city.coordinator(), id)).isEmpty();

        escalation.escalateToCoordinators(id);
        assertThat(about(city.coordinator(), id)).containsExactly("action.notice.progressToCoordinator");
        assertThat(about(ActionDriver.COORDINATOR, id))
                .as("the country's coordinator is further up")
                .isEmpty();
        assertThat(about(city.member(), id)).hasSize(1);

        List<AuditRecord> trail = audit.history(ActionService.SUBJECT_TYPE, id.toString());
        assertThat(trail)
                .extracting(AuditRecord::getAction)
                .containsSubsequence("action:progress-remind", "action:progress-chair", "action:progress-coordinator");
        assertThat(trail)
                .filteredOn(r -> r.getAction().equals("action:progress-chair"))
                .extracting(AuditRecord::getComment, AuditRecord::getActor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("told " + city.chair(), "engine"));
    }

    private List<String> about(String username, Long actionId) {
        return as(username, () -> inbox.mine(false, PageRequest.of(0, 200)).getContent()).stream()
                .map(NotificationItem::notice)
                .filter(n -> n.route().equals("actions/" + actionId)
                        && n.messageKey().contains("progress"))
                .map(n -> n.messageKey())
                .toList();
    }
}
