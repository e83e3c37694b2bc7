package org.resilienceroadmap.demo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.resilienceroadmap.hub.HubCommitments;
import org.resilienceroadmap.hub.HubService;
import org.resilienceroadmap.hub.HubTopic;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.stereotype.Component;

/**
 * Kraljevo, in stage C once its plan is under way, applies to be an MCR2030 Resilience Hub for its West
 * Morava neighbours Čačak, Kruševac and Vrnjačka Banja (the cities of its joint flood map); Serbia's
 * coordinator recommends it and the administrator designates it, so its three-year term starts today.
 */
@Component
class DemoHubs {

    private static final String CHAIR = "chair.kraljevo";

    private final HubService hubs;
    private final TaskInbox inbox;

    DemoHubs(HubService hubs, TaskInbox inbox) {
        this.hubs = hubs;
        this.inbox = inbox;
    }

    void designateKraljevo(Map<String, Long> ids) {
        Long kraljevo = ids.get("RS-KRA");
        HubCommitments commitments = new HubCommitments(
                Set.of(ids.get("RS-CAC"), ids.get("RS-KRU"), ids.get("RS-VBA")),
                Set.of(
                        HubTopic.TWINNING_MENTORING,
                        HubTopic.STUDY_TOURS,
                        HubTopic.TECHNICAL_ASSISTANCE,
                        HubTopic.KNOWLEDGE_PRODUCTS),
                true,
                true,
                true,
                true,
                "Kraljevo rebuilt after the 2010 earthquake and the 2014 floods, adopted its DRR strategy for "
                        + "2026-2030 and finances flood early-warning sirens from the city budget. It shares the "
                        + "West Morava flood map with Čačak, Kruševac and Vrnjačka Banja and will mentor them.",
                new BigDecimal("30000"));
        if (!as(CHAIR, () -> hubs.mayApply(kraljevo))) {
            return;
        }
        as(CHAIR, () -> hubs.apply(kraljevo, commitments));
        decide("coordinator.serbia", kraljevo, "Task_Recommend", "recommend");
        decide("admin", kraljevo, "Task_Designate", "designate");
    }

    private void decide(String who, Long jurisdictionId, String taskKey, String outcome) {
        TaskItem task = as(who, inbox::openTasks).stream()
                .filter(t ->
                        jurisdictionId.equals(t.jurisdictionId()) && t.taskKey().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(who + " has no " + taskKey));
        as(who, () -> {
            inbox.complete(task.id(), outcome, null, Map.of());
            return null;
        });
    }

    private static <T> T as(String username, Supplier<T> step) {
        return DemoUser.as(username, step);
    }
}
