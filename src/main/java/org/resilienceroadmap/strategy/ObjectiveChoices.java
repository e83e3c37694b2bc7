package org.resilienceroadmap.strategy;

import java.util.List;

/** What an objective may be tied to in its jurisdiction: hazards of its profile and findings of its validated assessments. */
public record ObjectiveChoices(List<HazardChoice> hazards, List<FindingChoice> findings) {

    /** A hazard of the profile; {@code messageKey} names it in the bundles. */
    public record HazardChoice(String code, String messageKey) {}

    /** A finding (gap) of a validated assessment, under its Essential. */
    public record FindingChoice(Long id, int essential, String gap) {}
}
