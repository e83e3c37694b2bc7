package org.resilienceroadmap.hub;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a city commits to and states when it applies (or applies again): the member cities it will
 * support, the kinds of support, and the qualifications the hub guideline asks for — good practice
 * along the Ten Essentials, at least one financed initiative, knowledge tools, city-to-city exchange
 * (each confirmed), a statement, and the sum it will invest in support activities in US dollars.
 */
public record HubCommitments(
        Set<Long> supportedCityIds,
        Set<HubTopic> topics,
        boolean goodPractice,
        boolean financedInitiative,
        boolean knowledgeTools,
        boolean cityExchange,
        String statement,
        BigDecimal investmentUsd) {

    /** The least a hub invests in support activities, as the guideline names it. */
    public static final BigDecimal MINIMUM_INVESTMENT_USD = new BigDecimal("25000");

    public HubCommitments {
        supportedCityIds = supportedCityIds == null ? Set.of() : Set.copyOf(supportedCityIds);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
    }
}
