package org.resilienceroadmap.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The header names the signed-in person as colleagues know them, not by their account. */
class HeaderTests extends KaribuTest {

    @Autowired
    PeopleDirectory people;

    @Test
    void theHeaderShowsThePersonsNameAndKeepsTheAccountOutOfSight() {
        String account = "coordinator.tajikistan";
        String name = people.findByUsername(account).orElseThrow().getDisplayName();
        login(account);
        UI.getCurrent().getPage().reload();

        UI.getCurrent().navigate("tasks");

        Span who = _get(Span.class, spec -> spec.withId("current-user"));
        assertThat(name).isNotEqualTo(account);
        assertThat(who.getText()).isEqualTo(name);
        assertThat(who.getElement().getAttribute("data-username")).isEqualTo(account);
    }
}
