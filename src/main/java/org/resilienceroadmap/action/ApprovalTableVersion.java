package org.resilienceroadmap.action;

import java.time.Instant;

/** A deployed version of the approval table: when and by whom (both names null: shipped with the application). */
public record ApprovalTableVersion(int version, Instant deployedAt, String deployedBy, String deployedByName) {

    public boolean shipped() {
        return deployedBy == null;
    }
}
