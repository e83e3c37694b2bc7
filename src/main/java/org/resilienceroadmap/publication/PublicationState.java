package org.resilienceroadmap.publication;

/** Where a city's public page stands: proposed by its chair, published by a coordinator, declined, or withdrawn. */
public enum PublicationState {
    PROPOSED,
    PUBLISHED,
    DECLINED,
    WITHDRAWN;

    /** Open: proposed or published, so a new proposal waits and a withdrawal is possible. */
    public boolean isOpen() {
        return this == PROPOSED || this == PUBLISHED;
    }
}
