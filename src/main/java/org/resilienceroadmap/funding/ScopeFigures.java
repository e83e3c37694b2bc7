package org.resilienceroadmap.funding;

import java.util.List;
import java.util.Map;

import org.resilienceroadmap.action.ActionCounts;
import org.resilienceroadmap.assessment.ValidatedAssessment;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.strategy.AdoptedStrategy;

/**
 * The workflow's state over one programme scope, read once and shared by every indicator and chart of a
 * page. {@code coveringAllEssentials}: the adopted strategies whose objectives cover all Ten Essentials.
 */
record ScopeFigures(
        List<Jurisdiction> jurisdictions,
        Map<Long, Jurisdiction> byId,
        List<ValidatedAssessment> validated,
        List<AdoptedStrategy> adopted,
        Map<Long, ActionCounts> actions,
        Spending spending,
        java.util.Set<Long> coveringAllEssentials) {

    String nameOf(Long jurisdictionId) {
        Jurisdiction j = byId.get(jurisdictionId);
        return j == null ? String.valueOf(jurisdictionId) : j.getName();
    }

    String localNameOf(Long jurisdictionId) {
        Jurisdiction j = byId.get(jurisdictionId);
        return j == null ? null : j.names().localName();
    }

    String russianNameOf(Long jurisdictionId) {
        Jurisdiction j = byId.get(jurisdictionId);
        return j == null ? null : j.names().russianName();
    }

    String serbianNameOf(Long jurisdictionId) {
        Jurisdiction j = byId.get(jurisdictionId);
        return j == null ? null : j.names().serbianName();
    }
}
