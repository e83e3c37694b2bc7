package org.resilienceroadmap.roadmap;

import java.util.Locale;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.springframework.stereotype.Component;

/** Roadmap tasks are about a jurisdiction; the inbox links them to its page. */
@Component
class JurisdictionSubjectLink implements TaskSubjectLink {

    private final JurisdictionDirectory directory;

    JurisdictionSubjectLink(JurisdictionDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String subjectType() {
        return RoadmapService.SUBJECT_TYPE;
    }

    @Override
    public String title(String subjectId, Locale locale) {
        return directory.get(Long.valueOf(subjectId)).getDisplayName();
    }

    @Override
    public String route(String subjectId) {
        return "jurisdictions/" + subjectId;
    }
}
