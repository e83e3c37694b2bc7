package org.resilienceroadmap.hub;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.hub.process.ResilienceHubProcess;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/** The Resilience Hubs pages: the list with supported cities and term end, a hub's page, the chair's application form. */
class HubViewTests extends KaribuTest {

    @Autowired
    HubService hubs;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    TaskInbox inbox;

    @Autowired
    Fixtures fixtures;

    @Test
    void theListShowsKraljevoWithTheCitiesItSupportsAndItsTermEnd() {
        login("coordinator.serbia");
        UI.getCurrent().navigate("hubs");
        @SuppressWarnings("unchecked")
        Grid<HubLine> grid = _get(Grid.class, spec -> spec.withId("hubs"));
        HubLine kraljevo = IntStream.range(0, _size(grid))
                .mapToObj(r -> GridKt._get(grid, r))
                .filter(h -> h.code().equals("RS-KRA"))
                .findFirst()
                .orElseThrow();
        assertThat(kraljevo.hub()).isTrue();
        assertThat(kraljevo.supportedCities())
                .extracting(HubLine.SupportedCity::code)
                .containsExactlyInAnyOrder("RS-CAC", "RS-KRU", "RS-VBA");
        assertThat(GridKt._getFormatted(grid.getColumns().get(2), kraljevo))
                .contains("Čačak")
                .contains("Kruševac");
        assertThat(GridKt._getFormatted(grid.getColumns().get(3), kraljevo))
                .isNotBlank()
                .doesNotContain(UI.getCurrent().getTranslation("hub.noTerm"));

        freshSession();
        login("chair.dushanbe");
        UI.getCurrent().navigate("hubs");
        @SuppressWarnings("unchecked")
        Grid<HubLine> theirs = _get(Grid.class, spec -> spec.withId("hubs"));
        assertThat(IntStream.range(0, _size(theirs))
                        .mapToObj(r -> GridKt._get(theirs, r).code()))
                .doesNotContain("RS-KRA");
    }

    @Test
    void aHubsPageShowsItsCommitmentsAndTheStagesOfTheCitiesItSupports() {
        HubLine kraljevo = as("admin", hubs::hubs).stream()
                .filter(h -> h.code().equals("RS-KRA"))
                .findFirst()
                .orElseThrow();
        login("chair.kraljevo");
        UI.getCurrent().navigate("hubs/" + kraljevo.id());
        assertThat(_get(H1.class, spec -> spec.withId("hub-title")).getText()).contains("Kraljevo");
        @SuppressWarnings("unchecked")
        Grid<HubLine.SupportedCity> cities = _get(Grid.class, spec -> spec.withId("hub-supported-cities"));
        assertThat(_size(cities)).isEqualTo(3);
        assertThat(IntStream.range(0, 3).mapToObj(r -> GridKt._get(cities, r))).allMatch(c -> c.stage() != null);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("hub-topics"))
                        .getElement()
                        .getTextRecursively())
                .contains(UI.getCurrent().getTranslation("hub.topic.TWINNING_MENTORING"));
        assertThat(_find(Button.class, spec -> spec.withId("hub-renew"))).hasSize(1);

        freshSession();
        login("coordinator.serbia");
        UI.getCurrent().navigate("hubs/" + kraljevo.id());
        assertThat(_find(Button.class, spec -> spec.withId("hub-renew"))).isEmpty();
        freshSession();
        login("chair.dushanbe");
        UI.getCurrent().navigate("hubs/" + kraljevo.id());
        assertThat(_get(H1.class).getText()).isEqualTo(UI.getCurrent().getTranslation("hub.notFound"));
    }

    @Test
    void theChairOfAStageCCityAppliesFromTheJurisdictionPage() {
        HubTestCities cities = HubTestCities.fresh(fixtures, jurisdictions);
        login(cities.hub().member());
        UI.getCurrent().navigate("jurisdictions/" + cities.hub().id());
        assertThat(_find(Anchor.class, spec -> spec.withId("jurisdiction-hub-apply")))
                .isEmpty();

        freshSession();
        login(cities.hub().chair());
        UI.getCurrent().navigate("jurisdictions/" + cities.hub().id());
        Anchor apply = _get(Anchor.class, spec -> spec.withId("jurisdiction-hub-apply"));
        UI.getCurrent().navigate(apply.getHref());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<HubLine.SupportedCity> pick =
                _get(MultiSelectComboBox.class, spec -> spec.withId("hub-form-cities"));
        pick.setValue(Set.of(pick.getListDataView()
                .getItems()
                .filter(c -> c.id().equals(cities.supported().id()))
                .findFirst()
                .orElseThrow()));
        @SuppressWarnings("unchecked")
        CheckboxGroup<HubTopic> topics = _get(CheckboxGroup.class, spec -> spec.withId("hub-form-topics"));
        topics.setValue(Set.of(HubTopic.HOSTING_EVENTS, HubTopic.SEED_FINANCING));
        for (String id :
                List.of("hub-form-good-practice", "hub-form-financed", "hub-form-knowledge", "hub-form-exchange")) {
            _get(Checkbox.class, spec -> spec.withId(id)).setValue(true);
        }
        _get(TextArea.class, spec -> spec.withId("hub-form-statement")).setValue("Sirens financed in 2024.");
        _get(BigDecimalField.class, spec -> spec.withId("hub-form-investment")).setValue(new BigDecimal("10000"));
        _click(_get(Button.class, spec -> spec.withId("hub-send")));
        assertThat(as(cities.hub().chair(), hubs::hubs))
                .noneMatch(h -> h.jurisdictionId().equals(cities.hub().id()));

        _get(BigDecimalField.class, spec -> spec.withId("hub-form-investment")).setValue(new BigDecimal("26000"));
        _click(_get(Button.class, spec -> spec.withId("hub-send")));
        HubLine applied = as(cities.hub().chair(), hubs::hubs).stream()
                .filter(h -> h.jurisdictionId().equals(cities.hub().id()))
                .findFirst()
                .orElseThrow();
        assertThat(applied.status()).isEqualTo(HubStatus.APPLIED);
        assertThat(_get(H1.class, spec -> spec.withId("hub-title")).getText())
                .contains(cities.hub().code());

        // The coordinator's task page shows the commitments above the outcomes.
        freshSession();
        login(cities.hub().coordinator());
        TaskItem task = as(cities.hub().coordinator(), inbox::openTasks).stream()
                .filter(t -> t.taskKey().equals(ResilienceHubProcess.TASK_RECOMMEND)
                        && t.subjectId().equals(String.valueOf(applied.id())))
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate("tasks/" + task.id());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("hub-task-panel"))
                        .getElement()
                        .getTextRecursively())
                .contains(UI.getCurrent().getTranslation("hub.topic.SEED_FINANCING"));
        assertThat(_find(Button.class, spec -> spec.withId("outcome-recommend")))
                .hasSize(1);
    }
}
