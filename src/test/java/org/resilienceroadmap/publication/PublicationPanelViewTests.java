package org.resilienceroadmap.publication;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.publication.process.CityPublicationProcess;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public page's panel on the city page: the chair proposes, the coordinator decides in the task (which
 * previews the page), the public link once published, the withdrawal after a confirmation; a member sees
 * no panel before anything is proposed.
 */
class PublicationPanelViewTests extends KaribuTest {

    @Autowired
    PublicationService publications;

    @Autowired
    TaskInbox inbox;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CurrentUser currentUser;

    @Test
    void theChairProposesAndTheCoordinatorApprovesInTheTask() {
        TestCity city = fixtures.newCity();
        login(city.chair());
        UI.getCurrent().navigate("jurisdictions/" + city.id());
        assertThat(state()).isEqualTo(text("publication.state.none"));
        _click(_get(Button.class, spec -> spec.withId("publication-propose")));
        assertThat(state()).startsWith("Proposed on");
        assertThat(_find(Button.class, spec -> spec.withId("publication-propose")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("publication-withdraw")))
                .hasSize(1);

        freshSession();
        login(city.coordinator());
        TaskItem task = SignedIn.as(city.coordinator(), inbox::openTasks).stream()
                .filter(t ->
                        city.id().equals(t.jurisdictionId()) && CityPublicationProcess.TASK_APPROVE.equals(t.taskKey()))
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate("tasks/" + task.id());
        assertThat(_get(Div.class, spec -> spec.withId("publication-task-panel"))
                        .getElement()
                        .getTextRecursively())
                .contains(text("publication.preview"))
                .contains(text("public.scorecard.none"))
                .contains(text("public.strategy.none"));
        _click(_get(Button.class, spec -> spec.withId("outcome-approve")));

        UI.getCurrent().navigate("jurisdictions/" + city.id());
        assertThat(state()).startsWith("Public since");
        assertThat(_get(Anchor.class, spec -> spec.withId("publication-link")).getHref())
                .isEqualTo("/public/cities/" + city.code());
    }

    @Test
    void theWithdrawalAsksFirstAndTakesThePageDown() {
        TestCity city = fixtures.newCity();
        SignedIn.as(city.chair(), () -> publications.propose(city.id()));
        TaskItem task = SignedIn.as(city.coordinator(), inbox::openTasks).stream()
                .filter(t -> city.id().equals(t.jurisdictionId()))
                .findFirst()
                .orElseThrow();
        SignedIn.as(city.coordinator(), () -> {
            inbox.complete(task.id(), "approve", null, Map.of());
            return null;
        });

        login(city.coordinator());
        UI.getCurrent().navigate("jurisdictions/" + city.id());
        _click(_get(Button.class, spec -> spec.withId("publication-withdraw")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo(text("publication.withdraw"));
        assertThat(state()).startsWith("Public since");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(state()).startsWith("Withdrawn on");
        assertThat(_find(Anchor.class, spec -> spec.withId("publication-link"))).isEmpty();
        assertThat(SignedIn.as(city.chair(), () -> publications.status(city.id()))
                        .state())
                .isEqualTo(PublicationState.WITHDRAWN);
    }

    @Test
    void aMemberSeesNoPanelBeforeAnythingIsProposed() {
        TestCity city = fixtures.newCity();
        login(city.member());
        UI.getCurrent().navigate("jurisdictions/" + city.id());
        assertThat(_find(Div.class, spec -> spec.withId("publication-panel"))).isEmpty();

        login("member.dushanbe");
        UI.getCurrent().navigate("jurisdictions/" + city.id());
        assertThat(_find(Div.class, spec -> spec.withId("publication-panel"))).isEmpty();
    }

    private static String state() {
        return _get(Paragraph.class, spec -> spec.withId("publication-state")).getText();
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
