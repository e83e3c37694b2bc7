package org.resilienceroadmap.funding;

/** Where allocated money comes from: a disbursement (spent) or a commitment (committed). */
public enum MoneySourceKind {
    DISBURSEMENT,
    COMMITMENT
}
