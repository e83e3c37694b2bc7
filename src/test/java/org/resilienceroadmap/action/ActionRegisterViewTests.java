package org.resilienceroadmap.action;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.ui.RowTable;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.RowTables;
import org.springframework.beans.factory.annotation.Autowired;

/** The register a page of fifty at a time, in the order the reader chose, over every page. */
class ActionRegisterViewTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actions;

    @Autowired
    ActionService actionService;

    @Test
    void turnsPagesOfFiftyAndSortsEveryPageByTheHeaderPressed() {
        TestCity city = fixtures.newCity();
        Long strategy = actions.adoptedStrategy(city);
        Long objective = actions.objectiveOf(strategy, city.member());
        LocalDate start = LocalDate.now(Days.ZONE).plusMonths(1);
        as(
                city.member(),
                () -> actionService.proposeAll(
                        strategy,
                        IntStream.rangeClosed(1, 55)
                                .mapToObj(i -> actions.spec(
                                        objective, city.member(), String.format("Drill %02d", i), start.plusDays(i)))
                                .toList()));
        String jurisdiction = String.valueOf(city.id());

        login(city.coordinator());
        UI.getCurrent().navigate("actions", QueryParameters.simple(Map.of("jurisdiction", jurisdiction)));
        assertThat(titles()).hasSize(50).startsWith("Drill 01", "Drill 02").endsWith("Drill 50");
        assertThat(_get(Span.class, spec -> spec.withId("action-page")).getText())
                .isEqualTo("Page 1 of 2 · 55 actions");

        _click(_get(Button.class, spec -> spec.withId("action-page-next")));
        assertThat(titles()).containsExactly("Drill 51", "Drill 52", "Drill 53", "Drill 54", "Drill 55");
        assertThat(_get(Button.class, spec -> spec.withId("action-page-next")).isEnabled())
                .isFalse();

        // Sorted by due date already: pressed, the latest first, from the first page again.
        RowTables.sortBy(RowTables.table("actions"), "Due");
        assertThat(titles()).hasSize(50).startsWith("Drill 55", "Drill 54").endsWith("Drill 06");

        UI.getCurrent()
                .navigate(
                        "actions",
                        QueryParameters.simple(Map.of("jurisdiction", jurisdiction, "sort", "-due", "page", "2")));
        assertThat(titles()).containsExactly("Drill 05", "Drill 04", "Drill 03", "Drill 02", "Drill 01");

        UI.getCurrent()
                .navigate(
                        "actions",
                        QueryParameters.simple(Map.of("jurisdiction", jurisdiction, "sort", "nonsense", "page", "9")));
        assertThat(titles())
                .as("an unknown order is the due date's, a page past the end the last one")
                .containsExactly("Drill 51", "Drill 52", "Drill 53", "Drill 54", "Drill 55");
    }

    private static List<String> titles() {
        RowTable<Action> table = RowTables.table("actions");
        return table.getItems().stream().map(Action::getTitle).toList();
    }
}
