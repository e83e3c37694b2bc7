package org.resilienceroadmap.workflow;

import java.time.Instant;

/** A comment left on a process's tasks, e.g. the coordinator's reason for a return. */
public record TaskComment(String author, Instant at, String taskName, String message) {
}
