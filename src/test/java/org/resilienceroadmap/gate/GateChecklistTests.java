package org.resilienceroadmap.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refused;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The stage-gate checklist: computed items, manual ticks with evidence, the engine's refusal and the override. */
class GateChecklistTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    GateChecklists checklists;

    @Autowired
    ChecklistConfigurations configurations;

    @Autowired
    GateApproval approval;

    @Autowired
    JurisdictionDirectory directory;

    @Autowired
    AuditLog audit;

    private GateScene scene;
    private GateScene.Country country;
    private TestCity city;

    @BeforeEach
    void aCityAtItsStageAGate() {
        scene = GateScene.of(context);
        country = scene.newCountry();
        city = scene.atStageAGate(country);
    }

    @Test
    void computedItemsTickThemselvesFromTheData() {
        Checklist before = as(city.coordinator(), () -> checklists.checklist(city.id(), Gate.A_B));
        assertThat(before.source()).as("nothing configured: the defaults").isNull();
        assertThat(before.items())
                .extracting(i -> i.spec().code() + " " + i.done())
                .containsExactly("validated-assessment true", "working-group false", "hazards-recorded false");
        assertThat(before.items().get(1).fact().args())
                .as("two people of at least three")
                .containsExactly(2L, 3);
        assertThat(before.isClosable()).isFalse();

        scene.completeStageAData(city);

        Checklist after = as(city.coordinator(), () -> checklists.checklist(city.id(), Gate.A_B));
        assertThat(after.items()).allMatch(ItemState::done);
        assertThat(after.isClosable()).isTrue();
    }

    @Test
    void refusesTheApprovalWhileAMandatoryItemIsOpen() {
        assertThatThrownBy(() -> scene.approve(city, Map.of()))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((Refused) e).refusal().key()).isEqualTo("refusal.gate.mandatoryOpen"))
                .hasMessageContaining("A working group recorded with enough members")
                .hasMessageContaining("The hazards of the city recorded");
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.A);
        assertThat(scene.gate(city).taskKey()).isEqualTo("Task_StageAGate");
        assertThat(approval.overrides(city.id(), Gate.A_B)).isEmpty();
    }

    @Test
    void anOverrideWithAReasonPassesAndIsAudited() {
        scene.approve(city, Map.of("overrideReason", "Hazard mapping is funded and starts next month"));

        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.B);
        assertThat(approval.overrides(city.id(), Gate.A_B)).singleElement().satisfies(o -> {
            assertThat(o.getOverriddenBy()).isEqualTo(city.coordinator());
            assertThat(o.getReason()).isEqualTo("Hazard mapping is funded and starts next month");
            assertThat(o.getOpenItems()).isEqualTo("working-group,hazards-recorded");
        });
        assertThat(audit.history(GateChecklists.SUBJECT_TYPE, city.id() + ":a-b"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.getActor()).isEqualTo(city.coordinator());
                    assertThat(r.getAction()).isEqualTo("gate:override");
                    assertThat(r.getComment()).isEqualTo("Hazard mapping is funded and starts next month");
                    assertThat(r.getReference()).isEqualTo("working-group,hazards-recorded");
                });
    }

    @Test
    void approvesWithoutAnOverrideOnceEveryMandatoryItemIsDone() {
        scene.completeStageAData(city);

        scene.approve(city, Map.of());

        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.B);
        assertThat(approval.overrides(city.id(), Gate.A_B)).isEmpty();
    }

    @Test
    void aCountrysChecklistReplacesTheDefaultsForItsCities() {
        List<ItemSpec> items = List.of(
                ItemSpec.computed(GateRule.HAZARDS_RECORDED, false),
                new ItemSpec(null, ItemKind.COMPUTED, GateRule.WORKING_GROUP, null, true, 2),
                new ItemSpec(null, ItemKind.MANUAL, null, "Council resolution attached", false, null));
        Configuration saved = as(
                country.coordinator(),
                () -> configurations.save(ScopeKind.COUNTRY, country.id(), Gate.A_B, items, null));
        assertThat(saved.configured()).isTrue();
        assertThat(saved.items())
                .extracting(ItemSpec::code)
                .containsExactly("hazards-recorded", "working-group", "manual-1");

        Checklist checklist = as(city.coordinator(), () -> checklists.checklist(city.id(), Gate.A_B));
        assertThat(checklist.source()).isEqualTo(ScopeKind.COUNTRY);
        assertThat(checklist.items())
                .extracting(i -> i.spec().code() + " " + i.done())
                .as("two people are enough here; hazards and the resolution are optional")
                .containsExactly("hazards-recorded false", "working-group true", "manual-1 false");
        assertThat(checklist.isClosable()).isTrue();
        scene.approve(city, Map.of());
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.B);

        TestCity elsewhere = scene.atStageAGate(scene.newCountry());
        assertThat(as(elsewhere.coordinator(), () -> checklists.checklist(elsewhere.id(), Gate.A_B))
                        .source())
                .as("another country keeps the defaults")
                .isNull();
        assertThatThrownBy(() -> as(
                        country.coordinator(),
                        () -> configurations.save(ScopeKind.COUNTRY, country.id(), Gate.A_B, items, null)))
                .as("saved meanwhile: the version read is stale")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aManualItemNeedsEvidenceAndTheChairOrACoordinator() {
        as(
                country.coordinator(),
                () -> configurations.save(
                        ScopeKind.COUNTRY,
                        country.id(),
                        Gate.A_B,
                        List.of(new ItemSpec(null, ItemKind.MANUAL, null, "Council resolution attached", true, null)),
                        null));
        assertThat(as(city.chair(), () -> checklists.checklist(city.id(), Gate.A_B))
                        .isClosable())
                .isFalse();

        assertThatThrownBy(() -> as(
                        city.chair(),
                        () -> checklists.tick(
                                city.id(), Gate.A_B, "manual-1", new Evidence("Adopted on 3 May", null), null, null)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("document or give a link");
        assertThatThrownBy(() -> as(
                        city.member(),
                        () -> checklists.tick(
                                city.id(),
                                Gate.A_B,
                                "manual-1",
                                new Evidence(null, "https://city.example/resolution"),
                                null,
                                null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as(
                        city.chair(),
                        () -> checklists.tick(
                                city.id(),
                                Gate.A_B,
                                "manual-1",
                                new Evidence(null, "javascript:alert(1)"),
                                null,
                                null)))
                .isInstanceOf(InvalidRequestException.class);

        as(
                city.chair(),
                () -> checklists.tick(
                        city.id(),
                        Gate.A_B,
                        "manual-1",
                        new Evidence("Adopted on 3 May", null),
                        "resolution.pdf",
                        StrategyDriver.PDF));

        Checklist ticked = as(city.coordinator(), () -> checklists.checklist(city.id(), Gate.A_B));
        assertThat(ticked.items()).singleElement().satisfies(i -> {
            assertThat(i.done()).isTrue();
            assertThat(i.tick()).hasValueSatisfying(t -> {
                assertThat(t.getTickedBy()).isEqualTo(city.chair());
                assertThat(t.getNote()).isEqualTo("Adopted on 3 May");
                assertThat(t.getFileId()).isNotNull();
            });
        });
        Long tickId = ticked.items().get(0).tick().orElseThrow().getId();
        assertThat(as(city.member(), () -> checklists.evidenceFile(city.id(), tickId))
                        .getContent())
                .isEqualTo(StrategyDriver.PDF);
        scene.approve(city, Map.of());
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.B);
    }

    @Test
    void keepsEveryoneToTheirScope() {
        TestCity other = scene.atStageAGate(country);
        assertThatThrownBy(() -> as(other.chair(), () -> checklists.checklist(city.id(), Gate.A_B)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(city.chair(), () -> configurations.get(ScopeKind.COUNTRY, country.id(), Gate.A_B)))
                .as("a chair does not see the country")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(
                        "coordinator.tajikistan", () -> configurations.get(ScopeKind.COUNTRY, country.id(), Gate.A_B)))
                .as("another country's coordinator")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> configurations.save(ScopeKind.COUNTRY, country.id(), Gate.A_B, List.of(), null)))
                .as("a city's coordinator does not configure its country")
                .isInstanceOf(NotFoundException.class);
        assertThat(as(country.coordinator(), () -> configurations.editable(java.util.Locale.ENGLISH)))
                .contains(new ConfigScope(ScopeKind.COUNTRY, country.id(), "Test country " + country.code()));
        assertThat(as(
                        "admin",
                        () -> configurations
                                .get(ScopeKind.COUNTRY, country.id(), Gate.C)
                                .items()))
                .extracting(ItemSpec::rule)
                .containsExactly(GateRule.NEW_VALIDATED_ASSESSMENT, GateRule.PROGRESS_REPORTS_UP_TO_DATE);
    }
}
