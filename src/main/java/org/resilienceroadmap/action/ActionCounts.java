package org.resilienceroadmap.action;

/** Actions of one jurisdiction counted for monitoring (cancelled ones are left out). */
public record ActionCounts(Long jurisdictionId, long actions, long completed, long completedOnTime, long overdue) {
}
