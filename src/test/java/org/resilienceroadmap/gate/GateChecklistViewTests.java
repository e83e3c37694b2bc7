package org.resilienceroadmap.gate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The gate task's page shows the checklist, takes a tick with evidence and asks the coordinator for an override reason. */
class GateChecklistViewTests extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ChecklistConfigurations configurations;

    @Autowired
    GateApproval approval;

    @Autowired
    JurisdictionDirectory directory;

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
    void theGateTaskShowsTheChecklistInWordsAndAsksForAReasonToApproveWithItemsOpen() {
        login(city.coordinator());
        UI.getCurrent().navigate("tasks/" + scene.gate(city).id());

        String group = text("gate-item-working-group");
        assertThat(group)
                .contains(
                        "Open",
                        "A working group recorded with enough members",
                        "Mandatory",
                        "Working group: 2 people; at least 3 needed")
                .doesNotContain("WORKING_GROUP");
        assertThat(text("gate-item-validated-assessment")).contains("Done", "Validated assessments: 1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("gate-checklist-source"))
                        .getText())
                .startsWith("Default items");

        _click(_get(Button.class, spec -> spec.withId("outcome-approve")));
        assertThat(notices()).anyMatch(n -> n.contains("give a reason to approve anyway"));
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.A);

        _setValue(_get(TextArea.class, spec -> spec.withId("gate-override-reason")), "Hazard study under way");
        _click(_get(Button.class, spec -> spec.withId("outcome-approve")));
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.B);
        assertThat(approval.overrides(city.id(), Gate.A_B))
                .singleElement()
                .satisfies(o -> assertThat(o.getReason()).isEqualTo("Hazard study under way"));
    }

    @Test
    void theChairTicksAManualItemWithADocumentAndTheReasonFieldGoes() {
        as(
                country.coordinator(),
                () -> configurations.save(
                        ScopeKind.COUNTRY,
                        country.id(),
                        Gate.A_B,
                        List.of(new ItemSpec(null, ItemKind.MANUAL, null, "Council resolution attached", true, null)),
                        null));
        login(city.chair());
        UI.getCurrent().navigate("tasks/" + scene.gate(city).id());
        assertThat(text("gate-item-manual-1")).contains("Open", "Council resolution attached");
        assertThat(_find(TextArea.class, spec -> spec.withId("gate-override-reason")))
                .as("the chair does not override")
                .isEmpty();

        _click(_get(Button.class, spec -> spec.withId("gate-tick-manual-1")));
        _setValue(_get(TextArea.class, spec -> spec.withId("gate-tick-note")), "Resolution 12 of 3 May");
        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("gate-tick-upload")),
                "resolution.pdf",
                "application/pdf",
                StrategyDriver.PDF);
        _click(_get(Button.class, spec -> spec.withId("gate-tick-save")));

        assertThat(text("gate-item-manual-1")).contains("Done", "Resolution 12 of 3 May", "Open the evidence document");
        assertThat(_get(Paragraph.class, spec -> spec.withId("gate-checklist-summary"))
                        .getText())
                .isEqualTo("Every mandatory item is done.");
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static List<String> notices() {
        List<String> texts = new ArrayList<>();
        NotificationsKt.getNotifications().forEach(n -> texts.add(n.getElement().getProperty("text", "")));
        return texts;
    }
}
