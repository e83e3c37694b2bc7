package org.resilienceroadmap.roadmap;

import java.util.Locale;
import java.util.Optional;

import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.springframework.stereotype.Component;

/** Roadmap tasks are about a jurisdiction; the inbox links them to its page. */
@Component
class JurisdictionSubjectLink implements TaskSubjectLink {

    @Override
    public String subjectType() {
        return RoadmapService.SUBJECT_TYPE;
    }

    /** The jurisdiction is the subject: the inbox's place says it all. */
    @Override
    public String title(String subjectId, Locale locale) {
        return "";
    }

    /** A stage's work and its gate are decided on the jurisdiction's page (its stage, history and results). */
    @Override
    public String route(TaskItem task) {
        return "jurisdictions/" + task.subjectId();
    }

    @Override
    public Optional<String> page(String subjectId) {
        return Optional.of("jurisdictions/" + subjectId);
    }

    @Override
    public Optional<String> resource(TaskItem task) {
        return Optional.of("/api/v1/jurisdictions/" + task.subjectId());
    }
}
