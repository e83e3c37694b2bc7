package org.resilienceroadmap.publication;

import java.util.Locale;
import java.util.Optional;

import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Publication tasks read "Kraljevo · Public page" and open the city's page, where its panel is. */
@Component
class PublicationSubjectLink implements TaskSubjectLink {

    private final MessageSource messages;
    private final CityPublicationRepository publications;

    PublicationSubjectLink(MessageSource messages, CityPublicationRepository publications) {
        this.messages = messages;
        this.publications = publications;
    }

    @Override
    public String subjectType() {
        return PublicationSteps.SUBJECT_TYPE;
    }

    @Override
    public String title(String subjectId, Locale locale) {
        return messages.getMessage("publication.subject", null, locale);
    }

    @Override
    public String route(TaskItem task) {
        return "jurisdictions/" + task.jurisdictionId();
    }

    @Override
    public Optional<String> page(String subjectId) {
        try {
            return publications.findById(Long.valueOf(subjectId)).map(p -> "jurisdictions/" + p.getJurisdictionId());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> resource(TaskItem task) {
        return Optional.of("/api/v1/jurisdictions/" + task.jurisdictionId() + "/publication");
    }
}
