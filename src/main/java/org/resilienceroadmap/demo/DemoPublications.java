package org.resilienceroadmap.demo;

import java.util.Map;
import java.util.function.Supplier;

import org.resilienceroadmap.publication.PublicationService;
import org.resilienceroadmap.publication.process.CityPublicationProcess;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.stereotype.Component;

/**
 * Kraljevo publishes its progress: its chair proposes the public page and Serbia's coordinator approves it,
 * so {@code /public/cities} lists it and {@code /public/cities/RS-KRA} shows its stage, scorecard, strategy
 * and actions.
 */
@Component
class DemoPublications {

    private static final String CHAIR = "chair.kraljevo";
    private static final String COORDINATOR = "coordinator.serbia";

    private final PublicationService publications;
    private final TaskInbox inbox;

    DemoPublications(PublicationService publications, TaskInbox inbox) {
        this.publications = publications;
        this.inbox = inbox;
    }

    void publishKraljevo(Map<String, Long> ids) {
        Long kraljevo = ids.get("RS-KRA");
        if (!as(CHAIR, () -> publications.status(kraljevo)).mayPropose()) {
            return;
        }
        as(CHAIR, () -> publications.propose(kraljevo));
        TaskItem approval = as(COORDINATOR, inbox::openTasks).stream()
                .filter(t ->
                        kraljevo.equals(t.jurisdictionId()) && CityPublicationProcess.TASK_APPROVE.equals(t.taskKey()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(COORDINATOR + " has no publication to approve"));
        as(COORDINATOR, () -> {
            inbox.complete(approval.id(), "approve", null, Map.of());
            return null;
        });
    }

    private static <T> T as(String username, Supplier<T> step) {
        return DemoUser.as(username, step);
    }
}
