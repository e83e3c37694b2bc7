package org.resilienceroadmap.action;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Implement Better settings ({@code roadmap.action.*}): the progress-report cycle as an ISO-8601
 * repeating interval (quarterly: {@code R/P3M}) and the largest evidence file.
 */
@ConfigurationProperties("roadmap.action")
public record ActionSettings(@DefaultValue("R/P3M") String progressCycle,
        @DefaultValue("20971520") long maxEvidenceBytes) {
}
