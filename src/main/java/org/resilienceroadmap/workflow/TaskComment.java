package org.resilienceroadmap.workflow;

import java.time.Instant;

/**
 * A comment left on a process's tasks, e.g. the coordinator's reason for a return. The task is named
 * by its process and definition key so a page can name it in the reader's language; {@code taskName}
 * is the engine's (English) name, the fallback, and {@code nameArgument} fills the translated name
 * as it does on {@link TaskItem}.
 */
public record TaskComment(
        String author,
        Instant at,
        String taskName,
        String processKey,
        String taskKey,
        Object nameArgument,
        String message) {}
