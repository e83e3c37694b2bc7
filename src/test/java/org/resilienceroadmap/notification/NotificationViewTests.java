package org.resilienceroadmap.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The header bell counts the unread notifications; the page lists them, opens one and marks them read. */
class NotificationViewTests extends KaribuTest {

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationInbox inbox;

    @Autowired
    Fixtures fixtures;

    @Test
    void theBellCountsTheUnreadAndTheListOpensANotificationAndMarksItRead() {
        TestCity city = fixtures.newCity();
        notifier.notify(List.of(city.member()), new Notice("jurisdiction.joined", List.of("Vranje"), "tasks"));
        notifier.notify(
                List.of(city.member()), new Notice("jurisdiction.joined", List.of("Kraljevo"), "jurisdictions"));
        signIn(city.member());

        UI.getCurrent().navigate("tasks");
        assertThat(bellCount().getText()).isEqualTo("2");
        assertThat(bellCount().isVisible()).isTrue();
        assertThat(bell().getHref()).isEqualTo("notifications");

        UI.getCurrent().navigate("notifications");
        List<NotificationItem> rows = GridKt._findAll(grid());
        assertThat(rows).extracting(n -> n.notice().args().get(0)).containsExactly("Kraljevo", "Vranje");
        Button newest = (Button) GridKt._getCellComponent(grid(), 0, "message");
        assertThat(newest.getText())
                .isEqualTo("Kraljevo has joined MCR2030; its working group's chair has the first task.");

        _click(newest);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("jurisdictions");
        assertThat(as(city.member(), () -> inbox.unreadCount())).isEqualTo(1);
        assertThat(bellCount().getText()).isEqualTo("1");
    }

    @Test
    void showsTheUnreadOnlyAndMarksThemAllRead() {
        TestCity city = fixtures.newCity();
        notifier.notify(List.of(city.chair()), new Notice("jurisdiction.joined", List.of("Vranje"), "tasks"));
        notifier.notify(List.of(city.chair()), new Notice("jurisdiction.joined", List.of("Kraljevo"), "tasks"));
        Long vranje = as(
                city.chair(),
                () -> inbox.mine(false, PageRequest.of(0, 5))
                        .getContent()
                        .get(1)
                        .id());
        as(city.chair(), () -> inbox.markRead(vranje));
        signIn(city.chair());

        UI.getCurrent().navigate("notifications");
        assertThat(GridKt._size(grid().getDataCommunicator())).isEqualTo(2);
        _get(Checkbox.class, spec -> spec.withId("notification-unread-only")).setValue(true);
        assertThat(GridKt._findAll(grid()))
                .extracting(n -> n.notice().args().get(0))
                .containsExactly("Kraljevo");

        _click(_get(Button.class, spec -> spec.withId("notification-mark-all-read")));

        assertThat(GridKt._findAll(grid())).isEmpty();
        assertThat(bellCount().isVisible()).isFalse();
        assertThat(as(city.chair(), () -> inbox.unreadCount())).isZero();
    }

    /** As after a real sign-in, the page is loaded anew, so that its header is the signed-in person's. */
    private void signIn(String username) {
        login(username);
        UI.getCurrent().getPage().reload();
    }

    private static RouterLink bell() {
        return _get(RouterLink.class, spec -> spec.withId("notification-bell"));
    }

    private static Span bellCount() {
        return bell().getChildren()
                .filter(Span.class::isInstance)
                .map(Span.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<NotificationItem> grid() {
        return _get(Grid.class, spec -> spec.withId("notification-grid"));
    }
}
