package org.resilienceroadmap.funding;

/** Where one covered jurisdiction stands: stage, validated assessments, adopted strategy, its actions. */
public record JurisdictionProgress(Long id, String code, String name, String localName, String level,
        String countryName, String stage, long assessmentsValidated, boolean strategyAdopted, long actions,
        long actionsCompleted, long actionsOverdue) {
}
