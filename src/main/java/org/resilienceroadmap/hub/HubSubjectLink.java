package org.resilienceroadmap.hub;

import java.util.Locale;
import java.util.Optional;

import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Hub tasks read "Kraljevo · Resilience Hub application" and open the hub's page. */
@Component
class HubSubjectLink implements TaskSubjectLink {

    private final MessageSource messages;

    HubSubjectLink(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String subjectType() {
        return HubSteps.SUBJECT_TYPE;
    }

    @Override
    public String title(String subjectId, Locale locale) {
        return messages.getMessage("hub.subject", null, locale);
    }

    @Override
    public String route(TaskItem task) {
        return "hubs/" + task.subjectId();
    }

    @Override
    public Optional<String> page(String subjectId) {
        return Optional.of("hubs/" + subjectId);
    }

    @Override
    public Optional<String> resource(TaskItem task) {
        return Optional.of("/api/v1/hubs/" + task.subjectId());
    }
}
