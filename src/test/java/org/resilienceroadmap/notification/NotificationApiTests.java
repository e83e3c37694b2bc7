package org.resilienceroadmap.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code /api/v1/notifications}: the caller's own notifications, paged; anyone else's answer 404. */
class NotificationApiTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Notifier notifier;

    @Autowired
    Fixtures fixtures;

    @Test
    void listsTheCallersNotificationsNewestFirstPagedWithTheirText() {
        TestCity city = fixtures.newCity();
        notifier.notify(List.of(city.chair()), new Notice("jurisdiction.joined", List.of("Vranje"), "tasks"));
        notifier.notify(
                List.of(city.chair()),
                new Notice("jurisdiction.joined", List.of("Kraljevo"), "jurisdictions/" + city.id()));
        notifier.notify(List.of(city.member()), new Notice("jurisdiction.joined", List.of("Niš"), "tasks"));

        JsonNode page =
                api.get(city.chair(), "/api/v1/notifications?page=0&size=1").getBody();
        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        JsonNode newest = page.get("content").get(0);
        assertThat(newest.get("messageKey").asText()).isEqualTo("jurisdiction.joined");
        assertThat(newest.get("args").get(0).asText()).isEqualTo("Kraljevo");
        assertThat(newest.get("route").asText()).isEqualTo("jurisdictions/" + city.id());
        assertThat(newest.get("text").asText())
                .isEqualTo("Kraljevo has joined MCR2030; its working group's chair has the first task.");
        assertThat(newest.get("read").asBoolean()).isFalse();
        assertThat(newest.get("createdAt").asText()).isNotBlank();

        JsonNode second =
                api.get(city.chair(), "/api/v1/notifications?page=1&size=1").getBody();
        assertThat(second.get("content").get(0).get("args").get(0).asText()).isEqualTo("Vranje");
        JsonNode members = api.get(city.member(), "/api/v1/notifications").getBody();
        assertThat(members.get("totalElements").asLong()).isEqualTo(1);
        assertThat(members.get("content").get(0).get("args").get(0).asText()).isEqualTo("Niš");
    }

    @Test
    void marksOneReadAndFiltersTheUnreadOnes() {
        TestCity city = fixtures.newCity();
        notifier.notify(List.of(city.chair()), new Notice("jurisdiction.joined", List.of("Vranje"), "tasks"));
        notifier.notify(List.of(city.chair()), new Notice("jurisdiction.joined", List.of("Kraljevo"), "tasks"));
        long newest = api.get(city.chair(), "/api/v1/notifications")
                .getBody()
                .get("content")
                .get(0)
                .get("id")
                .asLong();

        ResponseEntity<JsonNode> read = api.post(city.chair(), "/api/v1/notifications/" + newest + "/read", null);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody().get("read").asBoolean()).isTrue();
        assertThat(read.getBody().get("readAt").asText()).isNotBlank();
        JsonNode unread =
                api.get(city.chair(), "/api/v1/notifications?unreadOnly=true").getBody();
        assertThat(unread.get("totalElements").asLong()).isEqualTo(1);
        assertThat(unread.get("content").get(0).get("args").get(0).asText()).isEqualTo("Vranje");
        assertThat(api.get(city.chair(), "/api/v1/notifications/unread-count")
                        .getBody()
                        .get("unread")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void anotherPersonCanNeitherSeeNorMarkSomeoneElsesNotification() {
        String route = "jurisdictions/" + System.nanoTime();
        notifier.notify(List.of("chair.dushanbe"), new Notice("jurisdiction.joined", List.of("Dushanbe"), route));
        JsonNode mine = api.get("chair.dushanbe", "/api/v1/notifications?unreadOnly=true&size=500")
                .getBody();
        long id = ids(mine, route).get(0);

        ResponseEntity<JsonNode> foreign = api.post("chair.kraljevo", "/api/v1/notifications/" + id + "/read", null);

        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getHeaders().getContentType().toString()).contains("problem+json");
        JsonNode theirs =
                api.get("chair.kraljevo", "/api/v1/notifications?size=500").getBody();
        assertThat(ids(theirs, route)).isEmpty();
        JsonNode stillUnread = api.get("chair.dushanbe", "/api/v1/notifications?unreadOnly=true&size=500")
                .getBody();
        assertThat(ids(stillUnread, route)).containsExactly(id);
        assertThat(api.post("chair.dushanbe", "/api/v1/notifications/" + id + "/read", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void marksAllTheCallersNotificationsReadAndLeavesOthersUnread() {
        TestCity city = fixtures.newCity();
        Notice notice = new Notice("jurisdiction.joined", List.of(city.code()), "tasks");
        notifier.notify(List.of(city.chair(), city.member()), notice);
        notifier.notify(List.of(city.chair(), city.member()), notice);

        ResponseEntity<JsonNode> marked = api.post(city.chair(), "/api/v1/notifications/read-all", Map.of());

        assertThat(marked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(marked.getBody().get("marked").asInt()).isEqualTo(2);
        assertThat(api.get(city.chair(), "/api/v1/notifications/unread-count")
                        .getBody()
                        .get("unread")
                        .asLong())
                .isZero();
        assertThat(api.get(city.member(), "/api/v1/notifications/unread-count")
                        .getBody()
                        .get("unread")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void answersBadPagingWith400AndStrangersWith401() {
        assertThat(api.get("chair.kraljevo", "/api/v1/notifications?size=501").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get("chair.kraljevo", "/api/v1/notifications?page=-1").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get("nobody.at.all", "/api/v1/notifications").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static List<Long> ids(JsonNode page, String route) {
        return java.util.stream.StreamSupport.stream(page.get("content").spliterator(), false)
                .filter(n -> n.get("route").asText().equals(route))
                .map(n -> n.get("id").asLong())
                .toList();
    }
}
