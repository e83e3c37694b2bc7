package org.resilienceroadmap.action;

/** Actions of one jurisdiction counted for monitoring (cancelled ones are left out). */
public interface ActionCounts {

    Long getJurisdictionId();

    long getActions();

    long getCompleted();

    long getCompletedOnTime();

    long getOverdue();
}
