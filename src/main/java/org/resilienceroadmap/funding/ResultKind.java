package org.resilienceroadmap.funding;

/** A level of a results framework; the IATI result type code goes with it. */
public enum ResultKind {
    OUTCOME("2"),
    OUTPUT("1");

    private final String iatiType;

    ResultKind(String iatiType) {
        this.iatiType = iatiType;
    }

    public String iatiType() {
        return iatiType;
    }
}
