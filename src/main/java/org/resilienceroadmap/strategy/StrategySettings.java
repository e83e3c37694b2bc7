package org.resilienceroadmap.strategy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Plan Better settings ({@code roadmap.strategy.*}): how long a review runs unless the chair says
 * otherwise, how early reviewers are reminded, the period a roadmap's new strategy starts with, and
 * the largest signed adoption document.
 */
@ConfigurationProperties("roadmap.strategy")
public record StrategySettings(
        @DefaultValue("P14D") Duration reviewPeriod,
        @DefaultValue("P2D") Duration reminderBefore,
        @DefaultValue("5") int defaultPeriodYears,
        @DefaultValue("20971520") long maxDocumentBytes) {}
