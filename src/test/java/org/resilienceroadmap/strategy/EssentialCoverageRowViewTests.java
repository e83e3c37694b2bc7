package org.resilienceroadmap.strategy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** The strategy page shows its objectives per Essential, the uncovered ones marked and said in words. */
class EssentialCoverageRowViewTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StrategyDriver driver;

    @Test
    void theStrategyPageShowsItsObjectivesPerEssentialAndMarksTheUncovered() {
        TestCity city = fixtures.newCity();
        Long id = driver.current(city.id(), city.chair()).getId();
        driver.draft(id, city.chair(), "# Plan");

        login(city.member());
        UI.getCurrent().navigate("strategies/" + id);

        Div row = _get(Div.class, spec -> spec.withId("essential-coverage"));
        assertThat(row.getElement().getAttribute("aria-label")).isEqualTo("Essentials without an objective: 8");
        Span second = _get(Span.class, spec -> spec.withId("coverage-essential-2"));
        assertThat(second.getText()).isEqualTo("E2 · 1");
        assertThat(second.getElement().getAttribute("aria-label"))
                .isEqualTo("Essential 2, Identify, understand and use risk scenarios: objectives tied to it: 1");
        assertThat(second.hasClassName("uncovered")).isFalse();
        Span first = _get(Span.class, spec -> spec.withId("coverage-essential-1"));
        assertThat(first.getText()).isEqualTo("E1 · 0");
        assertThat(first.hasClassName("uncovered")).isTrue();
        assertThat(first.getElement().getAttribute("aria-label"))
                .isEqualTo("Essential 1, Organise for disaster resilience: no objective");
    }
}
