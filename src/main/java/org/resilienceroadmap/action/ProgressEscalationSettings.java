package org.resilienceroadmap.action;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a progress report may wait before someone is told ({@code roadmap.action.progress-escalation.*}),
 * each an ISO-8601 duration counted from the moment the report fell due: the owner is reminded, then the
 * city's chair is told, then the coordinators. Read when a report falls due, so a change applies from the
 * next report on.
 */
@ConfigurationProperties("roadmap.action.progress-escalation")
public record ProgressEscalationSettings(
        @DefaultValue("P14D") String remindOwnerAfter,
        @DefaultValue("P30D") String chairAfter,
        @DefaultValue("P45D") String coordinatorsAfter) {}
