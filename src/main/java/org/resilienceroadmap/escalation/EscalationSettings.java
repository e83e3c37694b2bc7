package org.resilienceroadmap.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a coordinator's gate or validation may wait ({@code roadmap.escalation.*}), each an ISO-8601
 * duration from the moment the task opened: the coordinators are reminded, then the level above is told.
 * Read when a task opens, so a change applies to the tasks opened after it.
 */
@ConfigurationProperties("roadmap.escalation")
public record EscalationSettings(
        @DefaultValue("P7D") String remindCoordinatorsAfter,
        @DefaultValue("P21D") String escalateAfter) {}
