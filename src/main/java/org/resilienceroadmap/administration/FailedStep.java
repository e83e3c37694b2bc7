package org.resilienceroadmap.administration;

import java.time.Instant;

/**
 * A step the engine could not carry out and stopped retrying (an incident): which process and step,
 * what it was about, when it failed and the error. {@code processKey} names the process for the reader's
 * bundle; {@code stepName} is the step's name in the model.
 */
public record FailedStep(
        String incidentId,
        String jobId,
        String processKey,
        String processName,
        String stepName,
        String businessKey,
        Instant failedAt,
        String error) {}
