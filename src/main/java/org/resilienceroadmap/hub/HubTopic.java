package org.resilienceroadmap.hub;

/** The kinds of support a Resilience Hub commits to, as the MCR2030 hub guideline lists them. */
public enum HubTopic {
    HOSTING_EVENTS,
    STUDY_TOURS,
    TWINNING_MENTORING,
    TECHNICAL_ASSISTANCE,
    KNOWLEDGE_PRODUCTS,
    PARTNER_CONNECTIONS,
    SEED_FINANCING,
    TESTING_TOOLS
}
