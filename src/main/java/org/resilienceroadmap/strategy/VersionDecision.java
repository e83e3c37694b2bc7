package org.resilienceroadmap.strategy;

/** What closed a version's round; the codes are what the API shows. */
public enum VersionDecision {
    CHANGES_REQUESTED("changes-requested"),
    RETURNED("returned"),
    APPROVED("approved");

    private final String code;

    VersionDecision(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
