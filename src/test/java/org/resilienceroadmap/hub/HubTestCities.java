package org.resilienceroadmap.hub;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;

/** A fresh stage-C city and a fresh member city for it to support, and commitments that meet the guideline. */
record HubTestCities(TestCity hub, TestCity supported) {

    static HubTestCities fresh(Fixtures fixtures, JurisdictionDirectory jurisdictions) {
        TestCity hub = fixtures.newCity("TJ");
        jurisdictions.recordJoining(hub.id(), LocalDate.of(2021, 8, 1));
        jurisdictions.enterStage(hub.id(), RoadmapStage.C, "coordinator.tajikistan", null);
        TestCity supported = fixtures.newCity("TJ");
        jurisdictions.recordJoining(supported.id(), LocalDate.of(2022, 3, 1));
        jurisdictions.enterStage(supported.id(), RoadmapStage.A, null, null);
        return new HubTestCities(hub, supported);
    }

    HubCommitments commitments() {
        return commitments(Set.of(HubTopic.STUDY_TOURS, HubTopic.TWINNING_MENTORING), "25000");
    }

    HubCommitments commitments(Set<HubTopic> topics, String investment) {
        return new HubCommitments(
                Set.of(supported.id()),
                topics,
                true,
                true,
                true,
                true,
                "Flood early warning along the river, financed from the city budget since 2023.",
                new BigDecimal(investment));
    }
}
