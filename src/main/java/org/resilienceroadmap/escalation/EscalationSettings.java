package org.resilienceroadmap.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Escalation settings ({@code roadmap.escalation.*}). How long a coordinator's gate or validation may wait,
 * each an ISO-8601 duration from the moment the task opened: the coordinators are reminded, then the level
 * above is told (read when a task opens, so a change applies to the tasks opened after it). When the weekly
 * digest goes out: {@code digestCycle}, a cron expression of the engine's timer (Mondays at 07:00, server
 * time), read when {@code weekly-digest.bpmn} is deployed.
 */
@ConfigurationProperties("roadmap.escalation")
public record EscalationSettings(
        @DefaultValue("P7D") String remindCoordinatorsAfter,
        @DefaultValue("P21D") String escalateAfter,
        @DefaultValue("0 0 7 ? * MON") String digestCycle) {}
