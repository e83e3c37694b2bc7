package org.resilienceroadmap.strategy;

import java.util.Locale;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.springframework.stereotype.Component;

/** Strategy tasks show the strategy's title and jurisdiction, and open the strategy. */
@Component
class StrategySubjectLink implements TaskSubjectLink {

    private final StrategyRepository strategies;
    private final JurisdictionDirectory jurisdictions;

    StrategySubjectLink(StrategyRepository strategies, JurisdictionDirectory jurisdictions) {
        this.strategies = strategies;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String subjectType() {
        return StrategyService.SUBJECT_TYPE;
    }

    @Override
    public String title(String subjectId, Locale locale) {
        Strategy s = strategies.findById(Long.valueOf(subjectId)).orElseThrow();
        return s.getTitle() + " · " + jurisdictions.get(s.getJurisdictionId()).getDisplayName();
    }

    @Override
    public String route(String subjectId) {
        return "strategies/" + subjectId;
    }
}
