package org.resilienceroadmap.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.publication.process.CityPublicationProcess;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refused;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may propose, approve and withdraw a city's public page, within which scope, and what each step leaves:
 * the record's state, the coordinator's task, the public page itself, the audit trail.
 */
class PublicationServiceTests extends IntegrationTest {

    @Autowired
    PublicationService publications;

    @Autowired
    PublicCities cities;

    @Autowired
    TaskInbox inbox;

    @Autowired
    AuditLog audit;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CityPublicationRepository records;

    @Autowired
    JurisdictionDirectory jurisdictions;

    private TestCity city;

    @BeforeEach
    void freshCity() {
        city = fixtures.newCity("TJ");
    }

    @Test
    void onlyTheCitysChairProposesAndOnlyWithinScope() {
        assertThatThrownBy(() -> as(city.member(), () -> publications.propose(city.id())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as(city.coordinator(), () -> publications.propose(city.id())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as("chair.kraljevo", () -> publications.propose(city.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("chair.kraljevo", () -> publications.status(city.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(city.member(), () -> publications.status(city.id())).mayPropose())
                .isFalse();
        assertThat(as(city.chair(), () -> publications.status(city.id())).mayPropose())
                .isTrue();
    }

    @Test
    void onlyTheCitysCoordinatorsPreviewWhatWouldBecomePublic() {
        for (String reader : List.of(city.member(), city.chair(), "chair.kraljevo", "coordinator.serbia")) {
            assertThatThrownBy(() -> as(reader, () -> publications.preview(city.id())))
                    .as(reader)
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(as(city.coordinator(), () -> publications.preview(city.id())).code())
                .isEqualTo(city.code());
    }

    @Test
    void aCountryHasNoPublicPage() {
        Long tajikistan = jurisdictions.findByCode("TJ").orElseThrow().getId();
        assertThat(as("coordinator.tajikistan", () -> publications.status(tajikistan))
                        .mayPropose())
                .isFalse();
        assertThatThrownBy(() -> as("coordinator.tajikistan", () -> publications.propose(tajikistan)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theCoordinatorApprovesInTheInboxAndThePageIsPublic() {
        PublicationStatus proposed = as(city.chair(), () -> publications.propose(city.id()));
        assertThat(proposed.state()).isEqualTo(PublicationState.PROPOSED);
        assertThat(proposed.publicPath()).isNull();
        assertThat(cities.page(city.code())).isEmpty();
        assertThat(as(city.chair(), () -> publications.status(city.id())).mayPropose())
                .isFalse();
        assertThatThrownBy(() -> as(city.chair(), () -> publications.propose(city.id())))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((Refused) e).refusal().key()).isEqualTo("refusal.publication.open"));
        // The chair cannot approve the page: the task is the coordinators' (the country's one too).
        assertThat(as(city.chair(), inbox::openTasks)).noneMatch(this::approval);
        assertThat(as("coordinator.tajikistan", inbox::openTasks)).anyMatch(this::approval);
        assertThat(as("coordinator.serbia", inbox::openTasks)).noneMatch(this::approval);

        decide(city.coordinator(), "approve", null);

        PublicationStatus published = as(city.chair(), () -> publications.status(city.id()));
        assertThat(published.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(published.publicPath()).isEqualTo("public/cities/" + city.code());
        assertThat(published.mayWithdraw()).isTrue();
        assertThat(cities.page(city.code())).isPresent();
        assertThat(cities.index()).anyMatch(e -> e.code().equals(city.code()));
        assertThat(actions()).containsSubsequence("publication:propose", "publication:publish");
    }

    @Test
    void aDeclinedPageStaysPrivateAndMayBeProposedAgain() {
        as(city.chair(), () -> publications.propose(city.id()));
        decide(city.coordinator(), "decline", "The scorecard is not final yet");
        PublicationStatus declined = as(city.chair(), () -> publications.status(city.id()));
        assertThat(declined.state()).isEqualTo(PublicationState.DECLINED);
        assertThat(declined.mayPropose()).isTrue();
        assertThat(cities.page(city.code())).isEmpty();
        assertThat(cities.index()).noneMatch(e -> e.code().equals(city.code()));

        assertThat(as(city.chair(), () -> publications.propose(city.id())).state())
                .isEqualTo(PublicationState.PROPOSED);
        assertThat(as(city.coordinator(), inbox::openTasks)).anyMatch(this::approval);
    }

    @Test
    void theChairOrACoordinatorWithdrawsAndAMemberMayNot() {
        as(city.chair(), () -> publications.propose(city.id()));
        decide(city.coordinator(), "approve", null);
        long version = as(city.chair(), () -> publications.status(city.id())).version();

        assertThatThrownBy(() -> as(city.member(), () -> publications.withdraw(city.id(), version)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as("chair.kraljevo", () -> publications.withdraw(city.id(), version)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(city.chair(), () -> publications.withdraw(city.id(), version - 1)))
                .isInstanceOf(ConflictException.class);
        assertThat(cities.page(city.code())).isPresent();

        PublicationStatus withdrawn = as("coordinator.tajikistan", () -> publications.withdraw(city.id(), version));
        assertThat(withdrawn.state()).isEqualTo(PublicationState.WITHDRAWN);
        assertThat(cities.page(city.code())).isEmpty();
        assertThatThrownBy(() -> as(city.chair(), () -> publications.withdraw(city.id(), withdrawn.version())))
                .isInstanceOf(ConflictException.class);
        assertThat(history())
                .anyMatch(r -> r.getAction().equals("publication:withdraw")
                        && r.getActor().equals("coordinator.tajikistan"));
    }

    @Test
    void withdrawnWhileProposedTheApprovalTaskEnds() {
        PublicationStatus proposed = as(city.chair(), () -> publications.propose(city.id()));
        as(city.chair(), () -> publications.withdraw(city.id(), proposed.version()));
        assertThat(as(city.coordinator(), inbox::openTasks)).noneMatch(this::approval);
        assertThat(as(city.chair(), () -> publications.status(city.id())).state())
                .isEqualTo(PublicationState.WITHDRAWN);
        assertThat(cities.page(city.code())).isEmpty();
    }

    private boolean approval(TaskItem t) {
        return city.id().equals(t.jurisdictionId()) && CityPublicationProcess.TASK_APPROVE.equals(t.taskKey());
    }

    private void decide(String who, String outcome, String comment) {
        TaskItem task = as(who, inbox::openTasks).stream()
                .filter(this::approval)
                .findFirst()
                .orElseThrow(() -> new AssertionError(who + " has no approval task"));
        as(who, () -> inbox.complete(task.id(), outcome, comment, Map.of()));
    }

    private List<AuditRecord> history() {
        Long id = records.findByJurisdictionId(city.id()).orElseThrow().getId();
        return audit.history(PublicationSteps.SUBJECT_TYPE, String.valueOf(id));
    }

    private List<String> actions() {
        return history().stream().map(AuditRecord::getAction).toList();
    }
}
