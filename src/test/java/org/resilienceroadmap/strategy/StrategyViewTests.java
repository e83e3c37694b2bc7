package org.resilienceroadmap.strategy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.strategy.process.StrategyReviewProcess;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** The strategy pages: starting one, editing the draft with a safe preview, a colleague's newer save, the review task form. */
class StrategyViewTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    StrategyService strategies;
    @Autowired
    StrategyDriver driver;

    @Test
    void theChairStartsAStrategyAndTheGroupEditsItWithAnInertPreview() {
        TestCity city = fixtures.newCity();
        login(city.chair());
        UI.getCurrent().navigate("jurisdictions/" + city.id() + "/strategies");
        _setValue(_get(TextField.class, spec -> spec.withId("new-strategy-title")), "Resilient city 2030");
        _click(_get(Button.class, spec -> spec.withId("create-strategy")));
        assertThat(_get(H2.class, spec -> spec.withId("strategy-title")).getText()).isEqualTo("Resilient city 2030");

        _setValue(_get(TextArea.class, spec -> spec.withId("draft-content")),
                "## Early warning\n\n<script>alert(1)</script> [x](javascript:alert(2))");
        String preview = _get(Div.class, spec -> spec.withId("draft-preview")).getElement().getChild(0)
                .getOuterHTML();
        assertThat(preview).contains("<h2>Early warning</h2>").contains("&lt;script&gt;");
        org.resilienceroadmap.support.InertHtml.assertInert(preview);
        _click(_get(Button.class, spec -> spec.withId("add-objective")));
        _setValue(_get(TextField.class, spec -> spec.withId("objective-title-0")), "Warn every district");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        Strategy saved = as(city.chair(), () -> strategies.ofJurisdiction(city.id())).get(0);
        assertThat(saved.getContent()).startsWith("## Early warning");
        assertThat(saved.getObjectives()).extracting(StrategyObjective::getTitle).containsExactly("Warn every district");
        assertThat(saved.getEditors()).containsExactly(city.chair());
    }

    @Test
    void showsAColleaguesNewerSaveInsteadOfOverwritingIt() {
        TestCity city = fixtures.newCity();
        Long id = driver.current(city.id(), city.chair()).getId();
        login(city.member());
        UI.getCurrent().navigate("strategies/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withId("draft-content")), "The member's text");

        driver.draft(id, city.chair(), "The chair's text");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        Dialog conflict = _get(Dialog.class, spec -> spec.withId("draft-conflict"));
        assertThat(conflict.isOpened()).isTrue();
        assertThat(as(city.member(), () -> strategies.detail(id)).strategy().getContent()).isEqualTo("The chair's text");
        _click(_get(conflict, Button.class, spec -> spec.withId("conflict-keep-mine")));
        assertThat(as(city.member(), () -> strategies.detail(id)).strategy().getContent()).isEqualTo("The member's text");
    }

    @Test
    void theReviewTaskShowsTheVersionItsObjectivesAndTheThread() {
        TestCity city = fixtures.newCity();
        Long id = driver.current(city.id(), city.chair()).getId();
        driver.draft(id, city.chair(), "# Strategy\n\n## Floods\n\nDikes.");
        driver.submit(id, city.chair(), List.of(city.member()));
        String task = driver.task(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW).id();

        login(city.member());
        UI.getCurrent().navigate("tasks/" + task);
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("version-1"))).hasSize(1);
        _setValue(_get(TextArea.class, spec -> spec.withId("version-comment")), "Name the districts");
        _click(_get(Button.class, spec -> spec.withId("add-version-comment")));
        assertThat(as(city.member(), () -> strategies.detail(id)).comments())
                .singleElement().satisfies(c -> {
                    assertThat(c.getAuthor()).isEqualTo(city.member());
                    assertThat(c.getBody()).isEqualTo("Name the districts");
                });
        assertThat(_find(Button.class, spec -> spec.withId("outcome-request-changes"))).hasSize(1);
    }

    @Test
    void showsNothingToAKraljevoChair() {
        TestCity city = fixtures.newCity();
        Long id = driver.current(city.id(), city.chair()).getId();
        login("chair.kraljevo");
        UI.getCurrent().navigate("strategies/" + id);
        assertThat(_get(H2.class).getText()).isEqualTo("This strategy does not exist or is not yours to see.");
        UI.getCurrent().navigate("jurisdictions/" + city.id() + "/strategies");
        assertThat(_find(Button.class, spec -> spec.withId("create-strategy"))).isEmpty();
    }
}
