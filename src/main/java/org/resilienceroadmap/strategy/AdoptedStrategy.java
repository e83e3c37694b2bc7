package org.resilienceroadmap.strategy;

import java.time.LocalDate;

/** An adopted strategy as counts and lists of a programme's indicators see it. */
public interface AdoptedStrategy {

    Long getStrategyId();

    Long getJurisdictionId();

    String getTitle();

    LocalDate getAdoptedOn();

    String getDecisionReference();
}
