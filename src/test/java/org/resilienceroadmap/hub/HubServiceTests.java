package org.resilienceroadmap.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refused;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may apply to be a Resilience Hub and with what, and who reads a hub: stage C, the chair, scope, the guideline's minimums. */
class HubServiceTests extends IntegrationTest {

    @Autowired
    HubService hubs;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    Fixtures fixtures;

    private HubTestCities cities;

    @BeforeEach
    void freshCities() {
        cities = HubTestCities.fresh(fixtures, jurisdictions);
    }

    @Test
    void refusesACityThatIsNotInStageC() {
        jurisdictions.enterStage(cities.hub().id(), RoadmapStage.B, "coordinator.tajikistan", null);
        assertThat(as(cities.hub().chair(), () -> hubs.mayApply(cities.hub().id())))
                .isFalse();
        assertThatThrownBy(() ->
                        as(cities.hub().chair(), () -> hubs.apply(cities.hub().id(), cities.commitments())))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((Refused) e).refusal().key()).isEqualTo("refusal.hub.onlyStageC"));
        assertThat(as("admin", hubs::hubs))
                .noneMatch(h -> h.jurisdictionId().equals(cities.hub().id()));
    }

    @Test
    void onlyTheCitysChairAppliesAndOnlyWithinScope() {
        assertThatThrownBy(() ->
                        as(cities.hub().member(), () -> hubs.apply(cities.hub().id(), cities.commitments())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as(
                        cities.hub().coordinator(),
                        () -> hubs.apply(cities.hub().id(), cities.commitments())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as(
                        cities.supported().chair(),
                        () -> hubs.apply(cities.hub().id(), cities.commitments())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> as("chair.kraljevo", () -> hubs.apply(cities.hub().id(), cities.commitments())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(cities.hub().member(), () -> hubs.mayApply(cities.hub().id())))
                .isFalse();
        assertThat(as(cities.hub().chair(), () -> hubs.mayApply(cities.hub().id())))
                .isTrue();
    }

    @Test
    void anApplicationIsReadInTheCitysScopeOnlyUntilItIsDesignated() {
        Long hub = as(cities.hub().chair(), () -> hubs.apply(cities.hub().id(), cities.commitments()))
                .hub()
                .id();
        assertThat(as(cities.hub().member(), () -> hubs.detail(hub)).hub().status())
                .isEqualTo(HubStatus.APPLIED);
        assertThat(as("coordinator.tajikistan", hubs::hubs)).anyMatch(h -> h.id().equals(hub));
        // The city it would support learns of it only once it is a hub; Serbia never does.
        assertThatThrownBy(() -> as(cities.supported().chair(), () -> hubs.detail(hub)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("coordinator.serbia", () -> hubs.detail(hub)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as("coordinator.serbia", hubs::hubs)).noneMatch(h -> h.id().equals(hub));
        assertThatThrownBy(() ->
                        as(cities.hub().chair(), () -> hubs.apply(cities.hub().id(), cities.commitments())))
                .isInstanceOf(ConflictException.class);
        assertThat(as(cities.hub().chair(), () -> hubs.mayApply(cities.hub().id())))
                .isFalse();
    }

    @Test
    void refusesCommitmentsBelowTheGuidelinesMinimums() {
        String chair = cities.hub().chair();
        Long city = cities.hub().id();
        assertThat(field(() -> as(
                        chair, () -> hubs.apply(city, cities.commitments(Set.of(HubTopic.STUDY_TOURS), "24999.99")))))
                .isEqualTo("investmentUsd");
        assertThat(field(() -> as(chair, () -> hubs.apply(city, cities.commitments(Set.of(), "25000")))))
                .isEqualTo("topics");
        HubCommitments unconfirmed = new HubCommitments(
                Set.of(cities.supported().id()),
                Set.of(HubTopic.STUDY_TOURS),
                true,
                false,
                true,
                true,
                "Statement",
                new BigDecimal("25000"));
        assertThat(field(() -> as(chair, () -> hubs.apply(city, unconfirmed)))).isEqualTo("qualifications");
        HubCommitments itself = new HubCommitments(
                Set.of(city),
                Set.of(HubTopic.STUDY_TOURS),
                true,
                true,
                true,
                true,
                "Statement",
                new BigDecimal("25000"));
        assertThat(field(() -> as(chair, () -> hubs.apply(city, itself)))).isEqualTo("supportedCityIds");
        Long notJoined = fixtures.newCity("TJ").id();
        HubCommitments nonMember = new HubCommitments(
                Set.of(notJoined),
                Set.of(HubTopic.STUDY_TOURS),
                true,
                true,
                true,
                true,
                "Statement",
                new BigDecimal("25000"));
        assertThat(field(() -> as(chair, () -> hubs.apply(city, nonMember)))).isEqualTo("supportedCityIds");
        assertThat(as(chair, () -> hubs.mayApply(city))).isTrue();
    }

    private static String field(Runnable call) {
        try {
            call.run();
        } catch (InvalidRequestException e) {
            return e.field();
        }
        throw new AssertionError("accepted");
    }
}
